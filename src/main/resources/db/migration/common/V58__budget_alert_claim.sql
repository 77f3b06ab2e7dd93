-- Budget alerts (operations): a row per month and alert (80, 90, 100 % of the budget, or the
-- forecast over budget) the first time an evaluation finds it crossed, inserted with ON CONFLICT
-- DO NOTHING so that instances evaluating at once agree on one. The alert holds while its row is
-- open; ended_at closes it when the month's cost falls back under the threshold (a raised budget,
-- actual prices below the estimates), after which it does not fire again that month.
CREATE TABLE budget_alert_claim (
    billing_month VARCHAR(7)   NOT NULL,
    alert         VARCHAR(10)  NOT NULL,
    claimed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_by    VARCHAR(100) NOT NULL,
    ended_at      TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (billing_month, alert)
);
