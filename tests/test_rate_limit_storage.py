"""Rate limits shared through Redis when several app servers run behind a load balancer."""

import uuid


def test_two_app_servers_share_login_limits_through_redis(make_app, make_user, redis_url):
    # A fresh key prefix, so runs never see each other's counters.
    settings = {
        "RATELIMIT_ENABLED": True,
        "RATELIMIT_STORAGE_URI": redis_url,
        "RATELIMIT_KEY_PREFIX": uuid.uuid4().hex,
        "LOGIN_RATE_LIMIT": "3 per minute",
    }
    first, second = make_app(**settings), make_app(**settings)
    user = make_user()
    attempt = {"email": user["email"], "password": "wrong"}
    assert first.test_client().post("/login", data=attempt).status_code == 401
    assert second.test_client().post("/login", data=attempt).status_code == 401
    assert first.test_client().post("/login", data=attempt).status_code == 401
    assert second.test_client().post("/login", data=attempt).status_code == 429
