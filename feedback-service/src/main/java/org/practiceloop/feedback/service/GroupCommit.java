package org.practiceloop.feedback.service;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.practiceloop.common.problem.ProblemException;
import org.practiceloop.common.problem.ProblemExceptionMappers;
import org.practiceloop.common.tenant.Tenancy;
import org.practiceloop.common.trace.TraceParents;
import org.practiceloop.feedback.domain.Evaluation;
import org.practiceloop.feedback.service.EvaluationService.Submission;

/**
 * Group commit for submissions: those that arrive while a commit is running wait and are stored
 * together, in one transaction and one JDBC batch per table, so a commit's fixed cost (the
 * transaction manager, the pool, the flush, PostgreSQL's WAL flush) is paid once per group
 * instead of once per evaluation. Each caller returns only once its own group has committed.
 */
@ApplicationScoped
public class GroupCommit {

    /** Bounds a transaction's size; more than the concurrent requests of one instance in practice. */
    private static final int MAX_GROUP = 100;

    private record Pending(Submission submission, CompletableFuture<Evaluation> committed) {
    }

    private final EvaluationService evaluations;
    /**
     * A thread of its own: on the worker pool, requests blocked waiting for their commit could
     * take every thread and leave none to commit them.
     */
    private final ExecutorService executor = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "group-commit");
        thread.setDaemon(true);
        return thread;
    });
    private final ConcurrentLinkedQueue<Pending> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean committing = new AtomicBoolean();

    GroupCommit(EvaluationService evaluations) {
        this.evaluations = evaluations;
    }

    /** Commits what is queued, then stops. */
    @PreDestroy
    void stop() throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(10, TimeUnit.SECONDS);
    }

    /** Stores the evaluation and its event, as {@link EvaluationService#submit} does, once committed. */
    public Evaluation submit(Evaluation evaluation) {
        Pending pending = new Pending(new Submission(evaluation, TraceParents.ofCurrentSpan()), new CompletableFuture<>());
        queue.add(pending);
        startCommitter();
        try {
            return pending.committed().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private void startCommitter() {
        if (committing.compareAndSet(false, true)) {
            try {
                executor.execute(this::commitWhilePending);
            } catch (RejectedExecutionException stopping) {
                // Shutting down: what is still queued was never stored, so its callers may retry elsewhere.
                for (Pending next; (next = queue.poll()) != null; ) {
                    next.committed().completeExceptionally(ProblemException
                            .of(Response.Status.SERVICE_UNAVAILABLE, "This instance is shutting down; submit again.")
                            .retryAfter(1));
                }
            }
        }
    }

    private void commitWhilePending() {
        try {
            List<Pending> group = new ArrayList<>();
            for (Pending next; (next = queue.poll()) != null; ) {
                group.add(next);
                if (group.size() == MAX_GROUP || queue.isEmpty()) {
                    commit(group);
                    group = new ArrayList<>();
                }
            }
        } finally {
            committing.set(false);
        }
        if (!queue.isEmpty()) { // queued between the last poll and the release
            startCommitter();
        }
    }

    private void commit(List<Pending> group) {
        try {
            // The group may hold several organisations' evaluations, each already naming its own.
            Tenancy.asService(() -> evaluations.submitAll(group.stream().map(Pending::submission).toList()));
        } catch (RuntimeException e) {
            if (group.size() > 1 && !ProblemExceptionMappers.isDatabaseUnavailable(e)) {
                // One failing submission must not fail the others: each again on its own, with its own outcome.
                group.forEach(pending -> commit(List.of(pending)));
            } else {
                group.forEach(pending -> pending.committed().completeExceptionally(e));
            }
            return;
        }
        group.forEach(pending -> pending.committed().complete(pending.submission().evaluation()));
    }
}
