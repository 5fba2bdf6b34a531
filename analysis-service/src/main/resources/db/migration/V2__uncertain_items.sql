-- Items whose label confidence is below the classifier's calibrated threshold.
alter table feedback_item add column uncertain boolean not null default false;
