using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using NodaTime;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Leads.Bench;

/// <summary>Bulk data without the audit interceptor (seeding 100k rows is not a user command): ~20% in the pool.</summary>
internal static class BenchData
{
    private static readonly string[] Sources = ["官网表单", "展会扫码", "转介绍"];
    private static readonly string[] Industries = ["汽车零部件", "食品饮料", "K12学校", "职业培训", "化工", "水处理"];
    private static readonly string[] Budgets = ["<50万", "50–200万", ">200万"];
    private static readonly string[] Needs = ["PLC编程", "标准选型", "仅比价"];

    public static async Task InsertLeadsAsync(IConfiguration configuration, string folder, int count)
    {
        var builder = new DbContextOptionsBuilder<LeadsDbContext>();
        DbContextRegistration.Configure(builder, DbContextRegistration.ReadOptions(configuration), folder, "leads");
        var owners = Enumerable.Range(0, 40).Select(_ => Guid.NewGuid()).ToArray();
        var start = SystemClock.Instance.GetCurrentInstant() - Duration.FromDays(365);
        var random = new Random(42);
        const int batch = 10_000;
        for (var done = 0; done < count; done += batch)
        {
            await using var db = new LeadsDbContext(builder.Options);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = done; i < Math.Min(count, done + batch); i++)
            {
                var details = new LeadDetails(
                    $"联系人{i}", $"公司{i}有限公司", $"138{i:D8}", Sources[i % 3],
                    Industries[random.Next(6)], Budgets[random.Next(3)], Needs[random.Next(3)], null);
                var created = start + Duration.FromMinutes(i * 5);
                var lead = new Lead(Guid.NewGuid(), details, created);
                if (i % 5 != 0)
                {
                    lead.AssignTo(owners[random.Next(owners.Length)], created);
                    if (i % 3 == 0)
                    {
                        lead.Convert();
                    }
                }
                db.Leads.Add(lead);
            }
            await db.SaveChangesAsync();
        }
    }
}
