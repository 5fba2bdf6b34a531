-- The reason is stored as its enum constant's name; Reason.PRAISE became PRAISE_ONLY so that its wire
-- name is issue 17's `praise_only`.
update feedback_item set reason = 'PRAISE_ONLY' where reason = 'PRAISE';
