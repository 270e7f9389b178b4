-- Issue 15 (admin): a 管理员 may disable an account (it cannot sign in; its sessions end) and reset a password to a
-- temporary one; an account with a password set by a 管理员 (new, or reset) must change it at its next sign-in.
ALTER TABLE "User" ADD COLUMN "disabledAt" TIMESTAMPTZ(3);
ALTER TABLE "User" ADD COLUMN "mustChangePassword" BOOLEAN NOT NULL DEFAULT false;
