"""Sample content for seed_demo in Russian, Belarusian and English (ru, be, en tuples)."""
