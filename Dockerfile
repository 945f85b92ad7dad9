# syntax=docker/dockerfile:1

# ---- build: install everything, build contracts, API and web app ----
FROM node:20-bookworm-slim AS build
WORKDIR /app

# Manifests first so the dependency layer is cached while only sources change.
COPY package.json package-lock.json ./
COPY libs/contracts/package.json libs/contracts/
COPY apps/api/package.json apps/api/
COPY apps/web/package.json apps/web/
COPY e2e/package.json e2e/
RUN npm ci --no-audit --no-fund

COPY . .
RUN npm run build

# ---- runtime: production dependencies of the API only, plus the built output ----
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    PORT=3000 \
    HOST=0.0.0.0 \
    DATA_DIR=/app/data
WORKDIR /app

# Every workspace manifest is copied so npm can read the lockfile's workspace list;
# only the API and the contracts library it links to are installed.
COPY package.json package-lock.json ./
COPY libs/contracts/package.json libs/contracts/
COPY apps/api/package.json apps/api/
COPY apps/web/package.json apps/web/
COPY e2e/package.json e2e/
RUN npm ci --omit=dev --no-audit --no-fund \
      --workspace=@passerelle/api --workspace=@passerelle/contracts \
    && npm cache clean --force

COPY --from=build /app/libs/contracts/dist libs/contracts/dist
COPY --from=build /app/apps/api/dist apps/api/dist
COPY --from=build /app/apps/web/dist apps/web/dist

# Only used without DATABASE_URL (embedded database) or without JWT_SECRET (generated secret).
RUN mkdir -p /app/data && chown node:node /app/data
USER node

EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"

CMD ["node", "apps/api/dist/main.js"]
