# heo-bot as a container image: built with the Rust toolchain, run from distroless (glibc and
# the CA roots, no shell, no package manager) as a non-root user, with everything it keeps on
# the volume /data. Configured only by environment variables (see the README's
# Configuration; an env file works too: `docker run --env-file .env ...`).
#
#   docker build -t heo-bot .
#   docker run -d --name heo-bot --env-file .env -v heo-bot-data:/data heo-bot
#
# Both stages are Debian 12 (bookworm), so the binary finds the glibc it was linked against.

FROM docker.io/library/rust:1.95-slim-bookworm AS build
WORKDIR /src
# sqlx must not try to reach a database while compiling.
ENV SQLX_OFFLINE=true
COPY . .
RUN cargo build --release --locked --bin heo-bot \
 && install -D -m 755 target/release/heo-bot /out/usr/local/bin/heo-bot \
 && install -d -m 700 /out/data

FROM gcr.io/distroless/cc-debian12:nonroot
COPY --from=build /out/usr/local/bin/heo-bot /usr/local/bin/heo-bot
# The volume's mount point, owned by the user the bot runs as, so that a new named volume
# starts out writable for it (the database, its key file and its lock file live there).
COPY --from=build --chown=65532:65532 /out/data /data
USER 65532:65532
WORKDIR /data
VOLUME ["/data"]
ENV DATABASE_URL=sqlite:///data/heo-bot.db \
    METRICS_ADDR=0.0.0.0:9464
EXPOSE 9464
# What `docker stop` sends: the bot stops taking commands, lets actions under way finish for
# SHUTDOWN_GRACE_SECS, and exits 0. Give it that long and more: `docker stop -t 30`.
STOPSIGNAL SIGTERM
# The bot asks its own /readyz (METRICS_ADDR): no curl in the image, and nothing to install.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["/usr/local/bin/heo-bot", "health"]
ENTRYPOINT ["/usr/local/bin/heo-bot"]
