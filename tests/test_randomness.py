"""randomness: ids from the kernel's random source, read in blocks, never shared by processes."""

import os
import uuid

from randomness import READ_AT_ONCE, random_bytes, random_uuid


def test_uuids_are_random_version_4_and_distinct():
    ids = [random_uuid() for _ in range(3 * READ_AT_ONCE // 16)]  # over several reads
    assert len(set(ids)) == len(ids)
    assert {(u.version, u.variant) for u in ids} == {(4, uuid.RFC_4122)}


def test_more_bytes_than_one_read_holds():
    assert len(random_bytes(READ_AT_ONCE + 10)) == READ_AT_ONCE + 10
    assert len(random_bytes(7)) == 7


def test_a_forked_worker_never_hands_out_the_parents_bytes():
    random_bytes(1)  # the parent holds a buffer of unread bytes when it forks
    reading, writing = os.pipe()
    child = os.fork()
    if child == 0:  # the child: send what it would hand out next
        os.write(writing, random_bytes(32))
        os._exit(0)
    os.close(writing)
    os.waitpid(child, 0)
    childs = os.read(reading, 32)
    os.close(reading)
    assert len(childs) == 32
    assert childs != random_bytes(32)
