package org.practiceloop.common.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class RoundsTest {

    @Test
    void finishWaitsForTheRoundUnderWayAndNoneStartsAfterIt() throws Exception {
        Rounds rounds = new Rounds();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean ended = new AtomicBoolean();
        CompletableFuture<String> underWay = CompletableFuture.supplyAsync(() -> rounds.run(() -> {
            started.countDown();
            await(release);
            ended.set(true);
            return "recorded";
        }, "stopped"));
        started.await();

        CompletableFuture<Boolean> finished = CompletableFuture.supplyAsync(() -> {
            try {
                return rounds.finish(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(100);
        assertThat(finished).as("still waiting for the round").isNotDone();
        release.countDown();
        assertThat(finished.get()).isTrue();
        assertThat(ended).isTrue();
        assertThat(underWay.get()).isEqualTo("recorded");
        assertThat(rounds.run(() -> "ran", "stopped")).isEqualTo("stopped");
    }

    @Test
    void finishGivesUpOnARoundThatOutlastsTheLimit() throws Exception {
        Rounds rounds = new Rounds();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture.runAsync(() -> rounds.run(() -> {
            started.countDown();
            await(release);
            return null;
        }, null));
        started.await();
        assertThat(rounds.finish(Duration.ofMillis(50))).isFalse();
        release.countDown();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
