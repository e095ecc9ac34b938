package io.lightwaveos.bench.simulator;

import io.netty.channel.Channel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The simulated device's WebSocket connections and its benchmark subscriber table (at most
 * {@code maxSubscribers}, like the firmware's). Used on the simulator's event loop only; the
 * counts may be read from any thread.
 */
final class SubscriberTable {

    /** One WebSocket connection and its place in the subscriber table. */
    static final class Connection {
        final int id;
        final Channel channel;
        boolean subscribed;
        long clientId;

        Connection(int id, Channel channel) {
            this.id = id;
            this.channel = channel;
        }
    }

    private final int maxSubscribers;
    private final Map<Channel, Connection> connections = new LinkedHashMap<>();
    private final List<Connection> subscribers = new ArrayList<>();
    private int nextConnectionId = 1;
    private long nextClientId = 1;
    private volatile int connectionCount;
    private volatile int subscriberCount;

    SubscriberTable(int maxSubscribers) {
        this.maxSubscribers = maxSubscribers;
    }

    Connection open(Channel channel) {
        Connection c = new Connection(nextConnectionId++, channel);
        connections.put(channel, c);
        connectionCount = connections.size();
        return c;
    }

    Connection get(Channel channel) {
        return connections.get(channel);
    }

    void close(Channel channel) {
        Connection c = connections.remove(channel);
        if (c != null) {
            unsubscribe(c);
        }
        connectionCount = connections.size();
    }

    /** Subscribes {@code c} (again, if it already is); false if the table is full. */
    boolean subscribe(Connection c) {
        if (c.subscribed) {
            return true;
        }
        if (subscribers.size() >= maxSubscribers) {
            return false;
        }
        c.subscribed = true;
        c.clientId = nextClientId++;
        subscribers.add(c);
        subscriberCount = subscribers.size();
        return true;
    }

    void unsubscribe(Connection c) {
        c.subscribed = false;
        if (subscribers.remove(c)) {
            subscriberCount = subscribers.size();
        }
    }

    /** The subscribers, live (the pump iterates it by index, allocation-free). */
    List<Connection> subscribers() {
        return subscribers;
    }

    /** Drops every connection: what was written goes out first, then the socket closes (no close frame). */
    void dropAll() {
        for (Connection c : subscribers) {
            c.subscribed = false;
        }
        subscribers.clear();
        subscriberCount = 0;
        for (Connection c : new ArrayList<>(connections.values())) {
            // Flushing first lets a test know exactly what arrived before the drop.
            c.channel.flush();
            c.channel.close();
        }
    }

    int connectionCount() {
        return connectionCount;
    }

    int subscriberCount() {
        return subscriberCount;
    }
}
