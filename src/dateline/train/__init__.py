"""Training for dateline's learned components: the labelled corpus reader and the event decision's trainer."""
