-- Numbers of the feedback tracking codes (PA-2026-000123), handed out by PostgreSQL so that every
-- app instance draws from one counter. The plugin also runs this at start-up (onInit), so a
-- database pushed in development has it; a production migration should create it explicitly.
create sequence if not exists "cchc_feedback_tracking_seq";
