# FocalPoint's container image (README, "Production").
#
# Built in two stages: the first installs every dependency and builds the staff console; the second holds
# only what runs (the TypeScript sources Node runs directly, the built console, production dependencies)
# on a slim Debian, owned by root and run as an unprivileged user, so the image works with a read-only
# root file system: the server writes only to FOCALPOINT_DATA_DIR (/data) and the temporary directory.
#
# Node is the binary of the `node` package that package-lock.json pins, the same one `npm install` brings
# to a developer's machine and to CI: the image cannot drift to another Node than the one tested.

FROM node:24-bookworm-slim AS build
WORKDIR /app
# Dependencies first, so that a change to the sources reuses this layer. `npm install` honours the lock
# (npm ci refuses lock files written with omit-lockfile-registry-resolved, see .ci/run).
COPY package.json package-lock.json ./
RUN npm install --no-fund --no-audit
COPY . .
RUN npm run build \
  && npm prune --omit=dev --no-fund --no-audit \
  && find src -name '*.test.ts' -delete

FROM debian:bookworm-slim
# libstdc++ and libgcc (Node's only libraries beyond libc) come with Debian's slim image; nothing else is
# installed. Node uses its own certificate store for HTTPS to S3, the identity provider and SMTP.
RUN groupadd --system --gid 10001 focalpoint \
  && useradd --system --uid 10001 --gid focalpoint --home-dir /nonexistent --shell /usr/sbin/nologin focalpoint \
  && mkdir /data && chown focalpoint:focalpoint /data && chmod 0700 /data
WORKDIR /app
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/bin ./bin
COPY --from=build /app/src ./src
COPY --from=build /app/dist ./dist
# HOME: the S3 client looks for ~/.aws files and fails without a home, as under an arbitrary user id
# (OpenShift) with no entry in /etc/passwd; there are none to find.
ENV PATH=/app/node_modules/node/bin:/app/node_modules/.bin:$PATH \
  HOME=/nonexistent \
  NODE_ENV=production \
  HOST=0.0.0.0 \
  PORT=8080 \
  FOCALPOINT_DATA_DIR=/data
USER 10001:10001
VOLUME ["/data"]
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||8080)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# The flags of `npm start` (scripts/start.mjs, SERVER_NODE_FLAGS): memory, measured by bench/rss.ts.
# Node runs the server itself, not through npm, so SIGTERM reaches it and it drains in-flight requests
# (with `docker run --init` or compose's `init: true`, a tiny init forwards it and reaps children).
CMD ["node", "--liftoff-only", "--max-semi-space-size=4", "--heap-growing-percent=30", "src/server/main.ts"]
