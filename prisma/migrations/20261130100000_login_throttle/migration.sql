-- Login throttling by key (account+IP, account, IP) with a fixed window, counted atomically under a row lock
-- (lib/db/login-throttle.ts). It replaces the per-failure rows of "LoginFailure", which were counted and then
-- written in separate statements (40 parallel guesses were checked 13 times against a limit of 5).
DROP TABLE "LoginFailure";

-- CreateTable
CREATE TABLE "LoginThrottle" (
    "key" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL,
    "windowStart" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "LoginThrottle_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "LoginThrottle_windowStart_idx" ON "LoginThrottle"("windowStart");
