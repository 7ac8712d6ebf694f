"""Suite harnesses driven by `scripts/suites` (one module per suite)."""
