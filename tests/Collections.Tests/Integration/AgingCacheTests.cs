using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SalesSuite.Collections.Data;
using SalesSuite.Collections.Domain;
using SalesSuite.SharedKernel.Caching;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.Testing;

namespace SalesSuite.Collections.Tests.Integration;

/// <summary>
/// The aging report is computed once per change stamp of the receivables and business day, then cut to what the reader
/// may see: the numbers equal a plain computation over the rows, a payment or a new day shows at once, visibility holds.
/// Writes go straight to the database (as another host would): only the stamp in the database can tell this host.
/// </summary>
public sealed partial class AgingCacheTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Given_seeded_receivables_When_director_manager_and_salesperson_read_aging_Then_each_equals_the_rows_they_may_see()
    {
        var owners = new[] { "sales01", "sales02", "sales04", "mgr.east", "delivery" };
        var random = new Random(13);
        foreach (var name in owners)
        {
            var owner = await app.UserIdAsync(name);
            var customer = await ReportData.CustomerAsync(app);
            var ids = await ReportData.ContractAsync(app, owner, customer, Enumerable.Range(0, 8)
                .Select(i => (random.Next(1, 100_000) + random.Next(0, 100) / 100m, random.Next(-40, 200), "m" + i)).ToArray());
            await ReportData.PayAsync(app, ids[0], 1m);
        }

        foreach (var reader in new[] { "director", "finance", "mgr.east", "sales01" })
        {
            using var client = await ReportData.SignInAsync(app, reader, "en");
            var shown = Cells(await client.GetStringAsync("/Collections/Reports/Aging?by=Person"));
            var expected = await ExpectedAsync(await VisibleAsync(reader), ReportData.Today);

            Assert.Equal(Sorted(expected), Sorted(shown));
        }
    }

    [Fact]
    public async Task Given_a_cached_aging_When_a_payment_is_recorded_Then_the_next_read_recomputes_and_shows_it()
    {
        var owner = await app.UserIdAsync("sales03");
        var ids = await ReportData.ContractAsync(app, owner, await ReportData.CustomerAsync(app), (700m, 10, "a"), (800m, 40, "b"));
        using var finance = await ReportData.SignInAsync(app, "finance", "en");
        var cache = app.Services.GetRequiredService<StampedCache<CollectionsModule>>();
        var before = Cells(await finance.GetStringAsync("/Collections/Reports/Aging?by=Person"));
        var computed = cache.Computed;

        Assert.Equal(Sorted(before), Sorted(Cells(await finance.GetStringAsync("/Collections/Reports/Aging?by=Person"))));
        Assert.Equal(computed, cache.Computed);
        await ReportData.PayAsync(app, ids[0], 700m);
        var after = Cells(await finance.GetStringAsync("/Collections/Reports/Aging?by=Person"));

        Assert.Equal(computed + 1, cache.Computed);
        Assert.Equal(before[(owner, AgeBucket.Days1To30)] - 700m, after[(owner, AgeBucket.Days1To30)]);
        Assert.Equal(Sorted(await ExpectedAsync(await VisibleAsync("finance"), ReportData.Today)), Sorted(after));
    }

    [Fact]
    public async Task Given_a_cached_aging_When_the_business_day_turns_Then_a_milestone_due_today_moves_to_1_30_days()
    {
        var owner = await app.UserIdAsync("sales05");
        await ReportData.ContractAsync(app, owner, await ReportData.CustomerAsync(app), (1234m, 0, "due today"));
        using var director = await ReportData.SignInAsync(app, "director", "en");
        var today = Cells(await director.GetStringAsync("/Collections/Reports/Aging?by=Person"));
        try
        {
            app.Clock.Advance(Duration.FromDays(1));
            var tomorrow = Cells(await director.GetStringAsync("/Collections/Reports/Aging?by=Person"));

            Assert.Equal(today[(owner, AgeBucket.Current)] - 1234m, tomorrow[(owner, AgeBucket.Current)]);
            Assert.Equal(today[(owner, AgeBucket.Days1To30)] + 1234m, tomorrow[(owner, AgeBucket.Days1To30)]);
            Assert.Equal(Sorted(await ExpectedAsync(await VisibleAsync("director"), ReportData.Today.PlusDays(1))), Sorted(tomorrow));
        }
        finally
        {
            app.Clock.Advance(Duration.FromDays(-1));
        }
    }

    /// <summary>Cells as sorted lines with amounts to the fen (decimals of another scale compare equal).</summary>
    private static List<string> Sorted(Dictionary<(Guid Owner, AgeBucket Bucket), decimal> cells) =>
        cells.Select(c => $"{c.Key.Owner} {c.Key.Bucket} {c.Value.ToString("0.00", CultureInfo.InvariantCulture)}")
            .Order(StringComparer.Ordinal).ToList();

    /// <summary>Outstanding per owner and bucket shown on the by-person page (every cell links to owner and bucket).</summary>
    private static Dictionary<(Guid Owner, AgeBucket Bucket), decimal> Cells(string html) =>
        AgingCell().Matches(html).ToDictionary(
            m => (Guid.Parse(m.Groups["owner"].Value), Enum.Parse<AgeBucket>(m.Groups["bucket"].Value)),
            m => decimal.Parse(m.Groups["amount"].Value, CultureInfo.InvariantCulture));

    /// <summary>The plain computation: every unpaid row of the owners in view, bucketed by its age on <paramref name="today"/>.</summary>
    private async Task<Dictionary<(Guid Owner, AgeBucket Bucket), decimal>> ExpectedAsync(Func<Guid, bool> visible, LocalDate today)
    {
        var rows = await app.InScopeAsync(sp => sp.GetRequiredService<CollectionsDbContext>().Receivables.AsNoTracking()
            .Where(r => r.Status != ReceivableStatus.Paid).Select(r => new { r.OwnerId, r.DueDate, r.Amount, r.PaidAmount }).ToListAsync());
        var lines = rows.Where(r => visible(r.OwnerId)).GroupBy(r => r.OwnerId).ToList();
        return lines.SelectMany(line => AgeBuckets.All.Select(b => (Key: (line.Key, b),
                Sum: line.Where(r => AgeBuckets.Of(r.DueDate, today) == b).Sum(r => r.Amount - r.PaidAmount))))
            .ToDictionary(x => x.Key, x => x.Sum);
    }

    /// <summary>Whose receivables the reader may see: all (director, finance), a manager's line, a salesperson's own.</summary>
    private async Task<Func<Guid, bool>> VisibleAsync(string reader)
    {
        if (reader is "director" or "finance")
        {
            return _ => true;
        }
        var id = await app.UserIdAsync(reader);
        var line = await app.InScopeAsync(sp => sp.GetRequiredService<IOrganisation>().SubordinatesOfAsync(id));
        var owners = line.Append(id).ToHashSet();
        return owners.Contains;
    }

    [GeneratedRegex("<a href=\"[^\"]*owner=(?<owner>[0-9a-f-]+)[^\"]*age=(?<bucket>\\w+)\" "
        + "data-testid=\"aging-cell\" data-amount=\"(?<amount>[-0-9.]+)\"")]
    private static partial Regex AgingCell();
}
