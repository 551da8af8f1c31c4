# One image for the web server and the worker (docker-compose.yml picks the command).
FROM node:20-bookworm-slim
ENV PNPM_HOME=/pnpm PATH=/pnpm:$PATH CI=true
RUN npm install -g pnpm@12.21.0
WORKDIR /app

# Dependencies first, so code changes don't reinstall them.
COPY pnpm-workspace.yaml pnpm-lock.yaml package.json turbo.json tsconfig.base.json .npmrc ./
COPY apps/server/package.json apps/server/
COPY apps/teacher-portal/package.json apps/teacher-portal/
COPY apps/parent-pwa/package.json apps/parent-pwa/
COPY packages/api/package.json packages/api/
COPY packages/core/package.json packages/core/
COPY packages/daily/package.json packages/daily/
COPY packages/db/package.json packages/db/
RUN pnpm install --frozen-lockfile

COPY . .
RUN pnpm build

ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000
EXPOSE 3000
USER node
HEALTHCHECK --interval=15s --timeout=3s CMD node -e "fetch('http://127.0.0.1:3000/healthz').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["pnpm", "--filter", "@edutrack/server", "start"]
