"""Grid properties (css-grid-1/2): being written."""
