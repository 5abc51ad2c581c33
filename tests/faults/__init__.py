"""The fault-injection suite (issue 16): hostile inputs and faults, each built in a tmp dir by its test.

Every test feeds one broken input (or fault) in a batch of good pages and asserts both
the coded error (or that the input is now read) and that every other page of the batch
is in the output: one broken page never stops a batch and loses nothing else.
"""
