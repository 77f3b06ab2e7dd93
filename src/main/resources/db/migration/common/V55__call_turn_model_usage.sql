-- The tokens the language model charged for on each turn, from its answers' usage, so that the
-- cost of a call (operations' cost ledger, V55-V59; docs/operations.md#cost-per-call-and-budget)
-- counts what the model was paid for reading the caller. Written with the turn, in the same insert:
-- nothing is added to a turn's path. Zero when the model was not asked.
ALTER TABLE call_turn ADD COLUMN llm_model VARCHAR(100);
ALTER TABLE call_turn ADD COLUMN llm_requests INT NOT NULL DEFAULT 0;
ALTER TABLE call_turn ADD COLUMN llm_input_tokens BIGINT NOT NULL DEFAULT 0;
ALTER TABLE call_turn ADD COLUMN llm_output_tokens BIGINT NOT NULL DEFAULT 0;
