package io.lightwaveos.bench.ci;

import io.lightwaveos.bench.ci.config.CiConfig;
import io.lightwaveos.bench.ci.config.NotifyTarget;
import io.lightwaveos.bench.ci.event.CiEvent;
import io.lightwaveos.bench.ci.forge.ForgeResult;
import io.lightwaveos.bench.ci.forge.WebhookSender;
import io.lightwaveos.bench.service.history.ChangeReport;
import io.lightwaveos.bench.service.history.ChangeReports;
import io.lightwaveos.bench.text.Printable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Tells the config's webhooks about change points a push revealed (SPEC §15 "Notifications"): each
 * change goes to each webhook once, claimed in the store by the webhook's variable name (never its
 * URL) before sending, and given back when the sending fails so a later run may send it.
 */
public final class CiNotifier {

    private final CiConfig config;
    private final ChangeReports reports;
    private final WebhookSender sender;

    /**
     * @param config  the webhooks ({@code notify:})
     * @param reports the store's record of reported changes and their notifications
     * @param sender  posts to a webhook
     */
    public CiNotifier(CiConfig config, ChangeReports reports, WebhookSender sender) {
        this.config = Objects.requireNonNull(config, "config");
        this.reports = Objects.requireNonNull(reports, "reports");
        this.sender = Objects.requireNonNull(sender, "sender");
    }

    /**
     * What notifying did.
     *
     * @param sent     how many (change, webhook) messages were sent
     * @param messages one line each for stderr
     */
    public record Result(int sent, List<String> messages) {
        /** Copies the list. */
        public Result {
            messages = List.copyOf(messages);
        }
    }

    /** Sends each of {@code changes} to each webhook that has not had it. */
    public Result notify(List<ChangeReport> changes, CiEvent event) {
        int sent = 0;
        List<String> messages = new ArrayList<>();
        for (ChangeReport c : changes) {
            for (NotifyTarget target : config.webhooks()) {
                String channel = "webhook:" + target.webhookEnv();
                boolean claimed;
                try {
                    claimed = reports.claimNotification(c, channel);
                } catch (RuntimeException e) { // the store's NOT_FOUND: a read-only store records no change
                    messages.add("webhook " + target.webhookEnv() + ": the change is not recorded (" + e.getMessage()
                            + "); not notified");
                    continue;
                }
                if (!claimed) {
                    continue;
                }
                ForgeResult r = sender.send(target, text(c, event), null);
                if (r.ok()) {
                    sent++;
                } else {
                    reports.releaseNotification(c, channel);
                    if (r.message() != null) {
                        messages.add(r.message());
                    }
                }
            }
        }
        return new Result(sent, messages);
    }

    /** The message: which metric moved which way, by how much, at which run and commit. */
    String text(ChangeReport c, CiEvent event) {
        var run = c.change().firstRun().run();
        Double rel = c.change().point().relativeChange();
        String change = rel == null ? "" : String.format(Locale.ROOT, " %+.1f %%", rel * 100);
        String commit = run.context().vcs().commit();
        return "lwos-bench " + config.name() + ": " + c.subject().id() + " " + c.change().verdict() + change
                + " at run \"" + Printable.of(run.name()) + "\"" + (commit == null ? "" : " (commit " + Printable.of(commit) + ")")
                + " on rig " + Printable.of(String.valueOf(run.context().rig())) + ", branch "
                + Printable.of(String.valueOf(run.context().vcs().branch()))
                + (c.atThisRun() ? "" : "; found late, by the run of commit " + Printable.of(String.valueOf(event.commit())));
    }
}
