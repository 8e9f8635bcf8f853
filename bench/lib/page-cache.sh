# Sourced by run.sh after setup.sh: what share of a measured run the page cache answered, read off the application's
# own meters (cache_gets_total{cache="anonymous-pages"} on /actuator/prometheus, which takes an administrator).
#
# The bench application is started with an administrator from these variables (AdminBootstrap reads them), and
# page_cache_login signs in as it once the application answers.
export PEERSCOPE_ADMIN_EMAIL=bench-admin@example.org
export PEERSCOPE_ADMIN_PASSWORD=bench-meters-2026
page_cache_session="$work/admin-session.txt"

page_cache_login() {
  local csrf status
  : > "$page_cache_session"
  csrf=$(curl -s -c "$page_cache_session" -b "$page_cache_session" "http://127.0.0.1:$app_port/login" |
    grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
  status=$(curl -s -o /dev/null -w '%{http_code}' -c "$page_cache_session" -b "$page_cache_session" \
    --data-urlencode "email=$PEERSCOPE_ADMIN_EMAIL" --data-urlencode "password=$PEERSCOPE_ADMIN_PASSWORD" \
    --data-urlencode "_csrf=$csrf" "http://127.0.0.1:$app_port/login")
  curl -sf -o /dev/null -b "$page_cache_session" "http://127.0.0.1:$app_port/actuator/prometheus" || {
    echo "could not read the application's meters as $PEERSCOPE_ADMIN_EMAIL (login answered $status)" >&2
    exit 1
  }
}

# Prints "answered misses" of the page cache so far, or "off" when the application keeps no pages. A request that
# missed but got the page another request was rendering meanwhile (cache_joined_renders_total), or that memory
# missed and the page store answered (cache_store_hits_total), counts as answered.
page_cache_counts() {
  curl -sf -b "$page_cache_session" "http://127.0.0.1:$app_port/actuator/prometheus" | awk '
    /^cache_gets_total\{/ && /cache="anonymous-pages"/ {
      if ($0 ~ /result="hit"/) hits = $NF; else if ($0 ~ /result="miss"/) misses = $NF; found = 1 }
    /^cache_joined_renders_total\{/ && /cache="anonymous-pages"/ { joined = $NF }
    /^cache_store_hits_total\{/ && /cache="anonymous-pages"/ { stored = $NF }
    END { if (found) printf "%.0f %.0f\n", hits + joined + stored, misses - joined - stored; else print "off" }'
}

# page_cache_share BEFORE AFTER: the requests answered without a render between two page_cache_counts, as a share
# of the requests that asked the cache in that time ("off", or "–" where the page never asked the cache, as GET /ping does not).
page_cache_share() {
  local before=$1 after=$2
  if [ "$before" = off ] || [ "$after" = off ]; then
    echo off
    return
  fi
  awk -v b="$before" -v a="$after" 'BEGIN {
    split(b, x, " "); split(a, y, " "); hits = y[1] - x[1]; misses = y[2] - x[2]
    if (hits + misses == 0) print "–"; else printf "%.0f%%\n", 100 * hits / (hits + misses) }'
}

# Waits until the application has rendered every researcher page ahead of visitors (page_prerender_passes_total
# reaches 1; PagePrerenderer), at most an hour; prints "pages seconds". The measured runs then see what a server
# that has been up that long serves: every researcher page kept, in memory or in the page store.
page_cache_await_prerender() {
  local started=$SECONDS meters passes pages
  while [ $(( SECONDS - started )) -lt 3600 ]; do
    meters=$(curl -sf -b "$page_cache_session" "http://127.0.0.1:$app_port/actuator/prometheus")
    passes=$(awk '/^page_prerender_passes_total/ { printf "%.0f", $2 }' <<< "$meters")
    pages=$(awk '/^page_prerender_pages_total/ { n += $2 } END { printf "%.0f", n }' <<< "$meters")
    if [ -z "$passes" ]; then
      echo "0 0"
      return
    fi
    if [ "$passes" -ge 1 ]; then
      echo "$pages $(( SECONDS - started ))"
      return
    fi
    sleep 5
  done
  echo "researcher pages were still being rendered ahead after an hour" >&2
  exit 1
}
