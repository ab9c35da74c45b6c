-- The retention job's new rule: a consultation's file (responses, journal, documents, questions,
-- downloads) goes five years after its award or its cancellation.
ALTER TABLE retention_run ADD COLUMN purged_consultations INTEGER NOT NULL DEFAULT 0;
CREATE INDEX consultation_ended ON consultation (COALESCE(awarded_at, cancelled_at)) WHERE awarded_at IS NOT NULL OR cancelled_at IS NOT NULL;
