using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using SalesSuite.Testing;

namespace SalesSuite.Collections.Tests.Integration;

/// <summary>The numbers of the overdue board and the performance report, checked against data with known answers.</summary>
public sealed partial class CollectionReportsTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Given_a_known_period_When_Finance_reads_the_performance_report_Then_rate_and_DSO_follow_the_written_definitions()
    {
        // Someone who never owns receivables in the demo, so the line holds only this test's money.
        var owner = await app.UserIdAsync("store01");
        var customer = await ReportData.CustomerAsync(app);
        // Period 2026-08-26 … 2026-11-23 (the default: the last 90 days).
        var ids = await ReportData.ContractAsync(app, owner, customer,
            (1000m, 145, "due 07-01"), (2000m, 39, "due 10-15"), (3000m, 3, "due 11-20"), (4000m, -27, "due 12-20"));
        await ReportData.PayAsync(app, ids[0], 400m, daysAgo: 156);   // before the period, on an old milestone
        await ReportData.PayAsync(app, ids[0], 600m, daysAgo: 53);    // collected in the period
        await ReportData.PayAsync(app, ids[1], 500m, daysAgo: 114);   // paid ahead of the period
        await ReportData.PayAsync(app, ids[1], 1000m, daysAgo: 22);   // collected in the period
        await ReportData.PayAsync(app, ids[3], 100m, daysAgo: 13);    // due after the period: not counted
        using var finance = await ReportData.SignInAsync(app, "finance", "en");

        var (_, csv) = await ReportData.CsvAsync(finance, "/Collections/Reports/Performance?by=Person");
        var line = Assert.Single(csv.Records, r => r.Value("Person") == "林店长 Lin (Store Manager)");
        decimal N(string column) => decimal.Parse(line.Value(column)!, CultureInfo.InvariantCulture);

        Assert.Equal(600m, N("Overdue at start"));
        Assert.Equal(5000m, N("Billed (due in period)"));
        Assert.Equal(500m, N("Paid ahead"));
        Assert.Equal(5100m, N("To collect"));
        Assert.Equal(1600m, N("Collected"));
        Assert.Equal(31.4m, N("Collection rate (%)"));
        Assert.Equal(3500m, N("Receivable at end"));
        Assert.Equal(63.0m, N("DSO"));
        // The collected amount opens exactly the payments behind it.
        var page = await finance.GetStringAsync("/Collections/Reports/Performance?by=Person");
        var collected = WebUtility.HtmlDecode(CollectedLink().Matches(page).Select(m => m.Groups[1].Value).Single(h => h.Contains(owner.ToString())));
        var received = await finance.GetStringAsync(collected);
        Assert.Contains("data-amount=\"1600", received);
    }

    [Fact]
    public async Task Given_overdue_receivables_tagged_and_untagged_When_Finance_opens_the_overdue_board_Then_each_reason_links_to_its_rows()
    {
        var owner = await app.UserIdAsync("sales09");
        var customer = await ReportData.CustomerAsync(app, name: "逾期大户");
        var ids = await ReportData.ContractAsync(app, owner, customer, (7000m, 12, "a"), (8000m, 70, "b"), (9000m, 5, "c"), (500m, -2, "later"));
        var reason = await ReportData.TagAsync(app, "发票未送达", ids[0], ids[1]);
        using var finance = await ReportData.SignInAsync(app, "finance", "en");

        var page = await finance.GetStringAsync("/Collections/Reports/Overdue");

        Assert.Contains("逾期大户", page);
        var row = ReasonRow().Matches(page).Single(m => m.Groups["reason"].Value == reason.ToString());
        Assert.Equal(15000m, decimal.Parse(row.Groups["amount"].Value, CultureInfo.InvariantCulture));
        var (_, rows) = await ReportData.CsvAsync(finance, WebUtility.HtmlDecode(row.Groups["href"].Value));
        Assert.Equal(15000m, rows.Records.Sum(r => decimal.Parse(r.Value("Outstanding")!, CultureInfo.InvariantCulture)));
        var untagged = ReasonRow().Matches(page).Single(m => m.Groups["reason"].Value == "untagged");
        var (_, open) = await ReportData.CsvAsync(finance, WebUtility.HtmlDecode(untagged.Groups["href"].Value));
        Assert.Equal(decimal.Parse(untagged.Groups["amount"].Value, CultureInfo.InvariantCulture),
            open.Records.Sum(r => decimal.Parse(r.Value("Outstanding")!, CultureInfo.InvariantCulture)));
        Assert.Contains(open.Records, r => r.Value("Milestone") == "c");
        Assert.DoesNotContain(open.Records, r => r.Value("Milestone") == "later");
    }

    [Fact]
    public async Task Given_a_person_s_receivables_When_Finance_reads_the_aging_by_person_Then_every_cell_equals_the_bucket_total_behind_its_link()
    {
        var owner = await app.UserIdAsync("delivery");
        var customer = await ReportData.CustomerAsync(app);
        await ReportData.ContractAsync(app, owner, customer, (100m, 5, "a"), (200m, 45, "b"), (300m, 75, "c"), (400m, 120, "d"), (500m, -9, "e"));
        using var finance = await ReportData.SignInAsync(app, "finance", "en");

        var aging = await finance.GetStringAsync("/Collections/Reports/Aging?by=Person");
        var cells = AgingCell().Matches(aging).Select(m => (Href: WebUtility.HtmlDecode(m.Groups["href"].Value), Amount: m.Groups["amount"].Value))
            .Where(c => c.Href.Contains($"owner={owner}", StringComparison.Ordinal)).ToList();

        Assert.Equal([500m, 100m, 200m, 300m, 400m], cells.Select(c => decimal.Parse(c.Amount, CultureInfo.InvariantCulture)));
        foreach (var (href, amount) in cells)
        {
            var bucket = Enum.Parse<SalesSuite.Collections.Domain.AgeBucket>(Regex.Match(href, "age=(\\w+)").Groups[1].Value);
            var board = ReportData.Buckets(await finance.GetStringAsync(href));
            Assert.Equal(decimal.Parse(amount, CultureInfo.InvariantCulture), board[bucket].Amount);
        }
    }

    [GeneratedRegex("<a href=\"(?<href>[^\"]+)\" data-testid=\"aging-cell\" data-amount=\"(?<amount>[-0-9.]+)\"")]
    private static partial Regex AgingCell();

    [GeneratedRegex("<a href=\"(/Collections/Reports/Received\\?[^\"]+)\"")]
    private static partial Regex CollectedLink();

    [GeneratedRegex("data-reason=\"(?<reason>[^\"]+)\">\\s*<th[^>]*>[^<]*</th>\\s*<td class=\"num\"><a href=\"(?<href>[^\"]+)\" "
        + "data-testid=\"reason-amount\" data-amount=\"(?<amount>[-0-9.]+)\"")]
    private static partial Regex ReasonRow();
}
