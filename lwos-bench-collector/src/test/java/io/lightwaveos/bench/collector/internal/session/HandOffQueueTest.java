package io.lightwaveos.bench.collector.internal.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HandOffQueueTest {

    private int pauses;
    private int resumes;
    private final ReadControl control = new ReadControl() {
        @Override
        public void pauseReading() {
            pauses++;
        }

        @Override
        public void resumeReading() {
            resumes++;
        }
    };

    @Test
    void itemsAreHandedOverInOrderOnlyWhenFlushed() throws InterruptedException {
        HandOffQueue q = new HandOffQueue(2, 10, control);
        q.add("a");
        q.add("b");
        assertThat(q.depth()).isZero();
        q.flush();
        q.add("c");
        q.flush();
        assertThat(q.depth()).isEqualTo(3);
        List<Object> got = new ArrayList<>(q.take());
        got.addAll(q.take());
        assertThat(got).containsExactly("a", "b", "c");
    }

    @Test
    void readingPausesAtTheHighWatermarkAndResumesAtTheLowOne() throws InterruptedException {
        HandOffQueue q = new HandOffQueue(2, 5, control);
        for (int i = 0; i < 4; i++) {
            q.add(i);
            q.flush();
        }
        assertThat(pauses).isZero();
        q.add(4);
        q.flush();
        assertThat(pauses).isEqualTo(1);
        assertThat(q.isPaused()).isTrue();
        q.add(5);
        q.flush();
        assertThat(pauses).isEqualTo(1);
        for (int i = 0; i < 3; i++) {
            q.delivered(q.take().size());
        }
        assertThat(q.depth()).isEqualTo(3);
        assertThat(resumes).isZero();
        q.delivered(q.take().size());
        assertThat(resumes).isEqualTo(1);
        assertThat(q.isPaused()).isFalse();
        assertThat(q.stats().maxDepth()).isEqualTo(6);
        assertThat(q.stats().pauses()).isEqualTo(1);
        assertThat(q.stats().resumes()).isEqualTo(1);
        assertThat(q.stats().stalls()).isZero();
    }

    @Test
    void afterAForcedResumeNothingPausesReadingAgain() {
        HandOffQueue q = new HandOffQueue(1, 2, control);
        q.add(1);
        q.add(2);
        q.flush();
        assertThat(pauses).isEqualTo(1);
        q.forceResume();
        assertThat(resumes).isEqualTo(1);
        q.add(3);
        q.flush();
        q.reassertPause();
        assertThat(pauses).isEqualTo(1);
    }

    @Test
    void reassertingAPauseAppliesItToANewConnection() {
        HandOffQueue q = new HandOffQueue(1, 2, control);
        q.add(1);
        q.add(2);
        q.flush();
        q.reassertPause();
        assertThat(pauses).isEqualTo(2);
    }

    @Test
    void aFullQueueMakesTheProducerWaitForRoomInsteadOfDropping() throws Exception {
        HandOffQueue q = new HandOffQueue(1, 2, control);
        int total = q.stats().capacity() + 5000;
        Thread producer = new Thread(() -> {
            for (int i = 0; i < total; i++) {
                q.add(i);
            }
            q.flush();
        });
        producer.start();
        List<Object> got = new ArrayList<>();
        while (got.size() < total) {
            List<Object> batch = q.take();
            got.addAll(batch);
            q.delivered(batch.size());
        }
        producer.join();
        for (int i = 0; i < total; i++) {
            assertThat(got.get(i)).isEqualTo(i);
        }
        assertThat(q.stats().maxDepth()).isLessThanOrEqualTo(q.stats().capacity());
    }

    @Test
    void rejectsWatermarksInTheWrongOrder() {
        assertThatThrownBy(() -> new HandOffQueue(5, 5, control)).hasMessageContaining("expected 0 <= low < high");
    }
}
