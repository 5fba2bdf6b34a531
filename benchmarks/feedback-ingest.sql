-- The transaction feedback-service runs for one POST /api/v1/evaluations without an
-- Idempotency-Key: the evaluation row and its outbox row, committed together.
\set cand random(1, 1000000)
BEGIN;
INSERT INTO evaluation (id, organization_id, candidate_id, candidate_email, candidate_name, interviewer_id,
    interviewer_name, session_date, interview_type, target_role, target_level, ratings, recommendation,
    strengths, improvements, comments, questions, submitted_at, import_fingerprint, revision, revised_at,
    amendable_until)
VALUES (gen_random_uuid(), 'default', 'cand-' || :cand, 'ada@example.com', 'Ada Byron', 'p-anna', 'Anna',
    '2026-03-02', 'CODING', 'software engineer', NULL,
    '[{"competency":"communication","score":2,"notAssessed":false,"note":"talked over me"},{"competency":"problem_solving","score":3,"notAssessed":false,"note":null}]',
    'LEANING_NO', 'Clean, readable code.', E'- Clarify the requirements before coding\n- Test the edge cases',
    'The role was frozen this week, nothing to do with you.', NULL, now(), NULL, 1, now(),
    now() + interval '7 days');
INSERT INTO outbox_message (id, organization_id, topic, message_key, payload, created_at, published_at, attempts)
VALUES (gen_random_uuid(), 'default', 'evaluation-submitted', 'default/cand-' || :cand,
    '{"eventId":"5f0c2d7e-8a51-4c8e-9d39-2c7b1a0e4f11","eventType":"EvaluationSubmitted","eventVersion":1,"occurredAt":"2026-03-02T17:04:05.123456Z","organizationId":"default","data":{"evaluationId":"0b8f6a52-3c0e-4d3e-8a7d-6f1d2b9c4e01","candidate":{"id":"cand-42","email":"ada@example.com","name":"Ada Byron"},"interviewer":{"id":"p-anna","name":"Anna"},"sessionDate":"2026-03-02","interviewType":"coding","targetRole":"software engineer","targetLevel":null,"ratings":[{"competency":"communication","score":2,"notAssessed":false,"note":"talked over me"},{"competency":"problem_solving","score":3,"notAssessed":false,"note":null}],"recommendation":"leaning_no","strengths":"Clean, readable code.","improvements":"- Clarify the requirements before coding\n- Test the edge cases","comments":"The role was frozen this week, nothing to do with you.","questions":null,"submittedAt":"2026-03-02T17:04:05.120001Z"}}',
    now(), NULL, 0);
END;
