package io.lightwaveos.bench.ci;

import io.lightwaveos.bench.ci.config.CiConfig;
import io.lightwaveos.bench.ci.event.CiEvent;
import io.lightwaveos.bench.ci.event.ForgeKind;
import io.lightwaveos.bench.ci.forge.CommitState;
import io.lightwaveos.bench.ci.forge.Forge;
import io.lightwaveos.bench.ci.forge.ForgeResult;
import io.lightwaveos.bench.ci.forge.StepSummary;
import io.lightwaveos.bench.ci.report.CiReport;
import io.lightwaveos.bench.ci.report.CiReportMarkdown;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Puts a {@link CiReport} where the team looks (SPEC §15 "Reports"): the job summary
 * ({@code GITHUB_STEP_SUMMARY}), the pull/merge request's comment (created once, then updated in
 * place, found by the config's marker) and the commit status ({@code lwos-bench/NAME}). Nothing
 * here changes the decision or throws for a forge's answer: each problem becomes one line in
 * {@link Publication#messages()} for stderr, and a missing token is said once.
 *
 * <pre>{@code
 * Forge forge = Forges.open(config, event, env, HttpSettings.DEFAULTS.newClient(), HttpSettings.DEFAULTS);
 * Publication p = new CiPublisher(config, env, forge).publish(report);
 * p.messages().forEach(System.err::println);
 * CiReport posted = p.report();          // posted.comment = created|updated, posted.status = failure
 * System.exit(posted.exitCode());        // the decision's, whatever the forge said
 * }</pre>
 */
public final class CiPublisher {

    private final CiConfig config;
    private final Map<String, String> env;
    private final Forge forge;

    /**
     * @param config the config (marker and status context)
     * @param env    the environment (the summary file's variable)
     * @param forge  where comments and statuses go ({@link io.lightwaveos.bench.ci.forge.Forges#open})
     */
    public CiPublisher(CiConfig config, Map<String, String> env, Forge forge) {
        this.config = Objects.requireNonNull(config, "config");
        this.env = Objects.requireNonNull(env, "env");
        this.forge = Objects.requireNonNull(forge, "forge");
    }

    /**
     * What publishing did.
     *
     * @param report   the report with {@link CiReport#posted()} filled in
     * @param messages one line each for stderr: failures, and why nothing was posted; empty when all went well
     */
    public record Publication(CiReport report, List<String> messages) {
        /** Copies the messages. */
        public Publication {
            Objects.requireNonNull(report, "report");
            messages = List.copyOf(messages);
        }
    }

    /**
     * Sets the commit status to {@code pending} ("benchmarking"), before a long collection.
     *
     * @return the forge's answer; its message, when any, is for stderr
     */
    public ForgeResult pending() {
        return forge.setStatus(config.statusContext(), CommitState.PENDING, "benchmarking", null);
    }

    /** Writes the summary, the comment (pull/merge requests only) and the status of {@code report}. */
    public Publication publish(CiReport report) {
        List<String> messages = new ArrayList<>();
        String markdown = CiReportMarkdown.render(report);

        ForgeResult summary = StepSummary.append(env, markdown);
        if (summary.outcome() == ForgeResult.Outcome.FAILED) {
            messages.add(summary.message());
        }

        CiEvent event = report.event();
        ForgeResult.Outcome comment = null;
        CommitState status = null;
        if (!forge.available()) {
            if (event.forge() != ForgeKind.NONE) {
                messages.add(forge.unavailableReason());
            }
        } else {
            if (event.isPullRequest()) {
                ForgeResult c = forge.upsertComment(config.marker(), markdown);
                if (c.ok()) {
                    comment = c.outcome();
                } else {
                    messages.add(c.message());
                }
            }
            CommitState state = CommitState.of(report.decision());
            ForgeResult s = forge.setStatus(config.statusContext(), state, CiReportMarkdown.statusLine(report),
                    event.buildUrl());
            if (s.ok()) {
                status = state;
            } else {
                messages.add(s.message());
            }
        }
        CiReport.Posted posted = new CiReport.Posted(comment, status, summary.ok(), report.posted().notified());
        return new Publication(report.withPosted(posted), messages);
    }
}
