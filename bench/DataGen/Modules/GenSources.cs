using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SalesSuite.Host.Data;
using SalesSuite.Host.Identity;
using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Bench.DataGen;

/// <summary>A deal as Collections, Health and Goals need it (read back from leads.db, or made up when Leads has none).</summary>
internal sealed record SourceDeal(
    int Index, Guid Id, Guid CustomerId, Guid OwnerId, Guid? LeadId, string Title, decimal Amount, string Status, Instant OpenedAt,
    Instant? ClosedAt, bool InLeads, string? Stage = null);

/// <summary>
/// What the Collections, Stores, Goals and Health generators read from before them: the salespeople (the organisation
/// generator's, else the demo's from the host database) and the generated deals (leads.db rows with
/// <c>Ids.For("deal", i)</c>; when the Leads generator has not run, deals are made up with the same ids so this part runs alone).
/// </summary>
internal static class GenSources
{
    public static async Task<IReadOnlyList<GenPerson>> SalespeopleAsync(GenContext context)
    {
        if (context.Salespeople.Count > 0)
        {
            return context.Salespeople;
        }
        await using var scope = context.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var sellers = await users.GetUsersInRoleAsync(Roles.Salesperson);
        return sellers.Where(u => u.TeamId is not null && u.IsActive).OrderBy(u => u.UserName, StringComparer.Ordinal)
            .Select(u => new GenPerson(u.Id, u.UserName!, u.TeamId!.Value)).ToList();
    }

    public static async Task<IReadOnlyList<GenTeam>> TeamsAsync(GenContext context)
    {
        if (context.Teams.Count > 0)
        {
            return context.Teams;
        }
        await using var scope = context.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HostDbContext>();
        return (await db.Teams.AsNoTracking().OrderBy(t => t.Name).ToListAsync())
            .Select(t => new GenTeam(t.Id, t.Name, t.LeaderId ?? Guid.Empty, t.Region)).ToList();
    }

    public static async Task<Guid> UserIdAsync(GenContext context, string userName)
    {
        await using var scope = context.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        return (await users.FindByNameAsync(userName))?.Id ?? throw new InvalidOperationException($"no user {userName}");
    }

    /// <summary>The scale's deals, <c>Ids.For("deal", i)</c> for i below <c>Count(200,000)</c>, in index order.</summary>
    public static async Task<IReadOnlyList<SourceDeal>> DealsAsync(GenContext context, IReadOnlyList<GenPerson> people)
    {
        var count = context.Count(200_000);
        var stored = await StoredDealsAsync(context.DataFolder);
        var random = GenContext.Random("deals-fallback");
        var deals = new List<SourceDeal>(count);
        var start = context.Now - Duration.FromDays(730);
        for (var i = 0; i < count; i++)
        {
            var id = Ids.For("deal", i);
            if (stored.TryGetValue(id, out var found))
            {
                deals.Add(found with { Index = i });
                continue;
            }
            var opened = start + Duration.FromMinutes(random.Next(0, 730 * 24 * 60));
            var roll = random.NextDouble();
            var status = roll < 0.35 ? "Won" : roll < 0.6 ? "Lost" : "Open";
            if (status != "Open" && opened > context.Now - Duration.FromDays(20))
            {
                status = "Open";
            }
            Instant? closed = status == "Open" ? null : Min(context.Now, opened + Duration.FromDays(10 + random.Next(60)));
            var owner = people[random.Next(people.Count)];
            deals.Add(new SourceDeal(i, id, Ids.For("customer", random.Next(0, context.Count(300_000))), owner.Id, Ids.For("lead", i),
                $"设备采购项目 {i}", random.Next(20, 2_000) * 1_000m, status, opened, closed, false));
        }
        return deals;
    }

    /// <summary>Code and name of Leads' customers (empty when leads.db has none yet).</summary>
    public static async Task<Dictionary<Guid, (string Code, string Name)>> CustomersAsync(string folder)
    {
        var found = new Dictionary<Guid, (string, string)>();
        var file = Path.Combine(folder, "leads.db");
        if (!File.Exists(file))
        {
            return found;
        }
        await using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Id, Code, Name FROM Customers";
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            found[Guid.Parse(reader.GetString(0))] = (reader.GetString(1), reader.GetString(2));
        }
        return found;
    }

    private static Instant Min(Instant a, Instant b) => a < b ? a : b;

    private static async Task<Dictionary<Guid, SourceDeal>> StoredDealsAsync(string folder)
    {
        var found = new Dictionary<Guid, SourceDeal>();
        var file = Path.Combine(folder, "leads.db");
        if (!File.Exists(file))
        {
            return found;
        }
        await using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT d.Id, d.CustomerId, d.OwnerId, d.LeadId, d.Title, d.ExpectedAmount, d.Status, d.OpenedAt, d.ClosedAt, s.Name "
            + "FROM Deals d LEFT JOIN Stages s ON s.Id = d.StageId";
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var id = Guid.Parse(reader.GetString(0));
            found[id] = new SourceDeal(-1, id, Guid.Parse(reader.GetString(1)), Guid.Parse(reader.GetString(2)),
                reader.IsDBNull(3) ? null : Guid.Parse(reader.GetString(3)), reader.GetString(4),
                reader.IsDBNull(5) ? 100_000m : Convert.ToDecimal(reader.GetValue(5), CultureInfo.InvariantCulture), reader.GetString(6),
                Time(reader.GetString(7)), reader.IsDBNull(8) ? null : Time(reader.GetString(8)), true,
                reader.IsDBNull(9) ? null : reader.GetString(9));
        }
        return found;
    }

    private static Instant Time(string text) =>
        Instant.FromDateTimeUtc(DateTime.SpecifyKind(DateTime.Parse(text, CultureInfo.InvariantCulture), DateTimeKind.Utc));
}
