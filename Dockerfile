# OfficeBench as a service: the built API serving the built dashboard on one port.
# Needs a PostgreSQL (see docker-compose.yml); demo data only when DEMO_DATA=true.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY libs/domain/package.json libs/domain/package.json
RUN npm install --no-audit --no-fund
COPY . .
RUN NX_DAEMON=false npx nx run-many -t build -p api web --outputStyle=static

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production PORT=3000 WEB_DIST=/app/dist/apps/web
COPY package.json package-lock.json ./
COPY libs/domain/package.json libs/domain/package.json
RUN npm install --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/libs/domain/dist libs/domain/dist
COPY --from=build /app/dist dist
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s CMD node -e "fetch('http://localhost:'+process.env.PORT+'/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "dist/apps/api/main.js"]
