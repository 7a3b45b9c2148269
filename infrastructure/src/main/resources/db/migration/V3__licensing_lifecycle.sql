-- The end-of-day run records the date it is closing to, so that a run cut short resumes there.
ALTER TABLE business_calendar ADD COLUMN closing_to date;

-- Summaries hold whatever the domain accepts: any number of patents, amounts of any size.
ALTER TABLE agreement_summary ALTER COLUMN patents TYPE text;
ALTER TABLE agreement_summary ALTER COLUMN licence_fee TYPE numeric(38, 4);
