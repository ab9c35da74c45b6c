-- A dispatch is found again from the execution that started it (its job instance follows), instead
-- of scanning every instance of the job.
ALTER TABLE newsletter RENAME COLUMN job_instance_id TO dispatch_execution_id;
