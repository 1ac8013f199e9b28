"""One module per output format, all fed from the same renderer."""
