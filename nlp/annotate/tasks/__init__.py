"""The three annotation tasks: each plans its items and says how one is shown, decided and recorded."""
