#!/usr/bin/env bash
# Starts the example app's jar and logs in through its demo provider with curl, as README shows.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${SMOKE_PORT:-18080}
BASE="http://localhost:$PORT"
JAR=$(ls example-app/target/example-app-*.jar | grep -v original | head -1)
LOG=$(mktemp)
java -XX:TieredStopAtLevel=1 -jar "$JAR" --server.port="$PORT" >"$LOG" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true; rm -f "$LOG"' EXIT
for _ in $(seq 1 120); do
  curl -sf -o /dev/null "$BASE/api/config" && break
  kill -0 $APP 2>/dev/null || { cat "$LOG"; echo "smoke: the app died"; exit 1; }
  sleep 0.5
done
LOCATION=$(curl -sf -o /dev/null -w '%{redirect_url}' -X POST "$BASE/demo/oauth/authorize" \
  -d client_id=demo-client -d redirect_uri="$BASE/" -d state=smoke -d username=smoke)
CODE=$(sed 's/.*[?&]code=\([^&]*\).*/\1/' <<<"$LOCATION")
LOGIN=$(curl -sf -X POST "$BASE/api/login/social/token_user/demo/" -H 'Content-Type: application/json' \
  -d "{\"code\":\"$CODE\",\"redirect_uri\":\"$BASE/\"}")
TOKEN=$(sed 's/.*"token":"\([0-9a-f]*\)".*/\1/' <<<"$LOGIN")
USER=$(curl -sf "$BASE/api/user/" -H "Authorization: Token $TOKEN")
grep -q '"username":"smoke"' <<<"$USER" || { echo "smoke: unexpected user $USER"; exit 1; }
STATUS=$(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/user/")
[ "$STATUS" = 401 ] || { echo "smoke: /api/user/ without credentials answered $STATUS"; exit 1; }
echo "smoke: logged in through the demo provider; GET /api/user/ -> $USER"
