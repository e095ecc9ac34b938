package io.lightwaveos.bench.collector.internal.session;

import io.lightwaveos.bench.frame.RejectReason;
import io.lightwaveos.bench.run.RunCounters;
import java.util.EnumMap;
import java.util.Map;

/**
 * The running counters of one collection. Written by the session thread only; read from any
 * thread (volatile fields, so a progress snapshot sees recent values without locking).
 */
public final class CounterSet {

    private volatile long foreign;
    private volatile long badLength;
    private volatile long nonFinite;
    private volatile long gaps;
    private volatile long lostEstimate;
    private volatile long reconnects;
    private volatile long reboots;
    private volatile long statsResets;
    private volatile long textIgnored;

    /** Counts a rejected binary message by its reason. */
    public void rejected(RejectReason reason) {
        switch (reason) {
            case FOREIGN_STREAM -> foreign++;
            case BAD_LENGTH -> badLength++;
            case NON_FINITE -> nonFinite++;
        }
    }

    /** Counts a gap and the frames it is estimated to have lost. */
    public void gap(long lost) {
        gaps++;
        lostEstimate += lost;
    }

    /** Counts a successful reconnect. */
    public void reconnect() {
        reconnects++;
    }

    /** Counts a device reboot. */
    public void reboot() {
        reboots++;
    }

    /** Counts a device statistics reset. */
    public void statsReset() {
        statsResets++;
    }

    /** Counts a text message that was not a reply to us. */
    public void textIgnored() {
        textIgnored++;
    }

    /** Stats resets so far. */
    public long statsResets() {
        return statsResets;
    }

    /** Text messages ignored so far. */
    public long textMessagesIgnored() {
        return textIgnored;
    }

    /** The counters as the core value type. */
    public RunCounters snapshot() {
        Map<RejectReason, Long> malformed = new EnumMap<>(RejectReason.class);
        malformed.put(RejectReason.BAD_LENGTH, badLength);
        malformed.put(RejectReason.NON_FINITE, nonFinite);
        return new RunCounters(foreign, malformed, gaps, lostEstimate, reconnects, reboots);
    }
}
