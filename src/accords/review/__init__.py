"""Review: analysts confirm, reject or correct facts and merge or split entities.

Every verdict is a row of the verdict log (``verdicts``, schema step 8): what was judged
(fact kind and a key that survives re-extraction), the action, the values before and
after, who and when. Nothing in the log is ever deleted or edited.

Modules:

- `verdicts` (pure): the `Verdict` record, the fields an analyst may correct, how a
  verdict finds its fact again in a new extraction, and `apply`, which turns an
  extraction into the reviewed one. The store calls it on every save, so verdicts hold
  across re-ingestion and stage upgrades.
The operations over the store live in the service layer, above the store that calls
`verdicts` (so no import goes up a layer, tests/test_imports.py):

- `accords.service.review`: the operations the CLI, the API and the dashboard call
  (confirm, reject, correct, merge, split, log, lost).
- `accords.service.review_gold`: reviewed articles as gold files (`accords review export`,
  `accords eval --reviews`).
"""
