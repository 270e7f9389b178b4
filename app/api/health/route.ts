import { getHealth } from "@/lib/db/health";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    return Response.json(await getHealth());
  } catch (error) {
    console.error("健康检查失败", error);
    return Response.json(
      { status: "error", error: "数据库不可用", database: null, migrations: [] },
      { status: 503 },
    );
  }
}
