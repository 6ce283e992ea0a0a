using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Quotes.Application.List;
using SalesSuite.Quotes.Domain;
using SalesSuite.Quotes.Tests.Domain;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.Testing;
using static SalesSuite.Quotes.Tests.Integration.QuoteScenario;

namespace SalesSuite.Quotes.Tests.Integration;

/// <summary>
/// <c>/Quotes</c> as a work queue at size: the approval queue and the list come in keyset pages over htmx; walking every
/// page gives each visible quote exactly once (even when many share the sort key), filters narrow, visibility holds.
/// </summary>
public sealed partial class QuoteWorkQueueTests(QuotesAppFactory factory) : IClassFixture<QuotesAppFactory>
{
    private const string Prefix = "Q-PAGE-";

    /// <summary>
    /// 130 quotes of sales01 and 60 of sales04 (another team), all changed at the same instant and valid until one of two
    /// dates (ties in every sort key), every other one submitted (Tech waits, due at one instant); one submitted quote
    /// belongs to the Tech approver himself.
    /// </summary>
    private async Task SeedAsync()
    {
        if (await DbAsync(factory, db => db.Quotes.AnyAsync(q => q.Number.StartsWith(Prefix))))
        {
            return;
        }
        var sales01 = await factory.UserIdAsync("sales01");
        var sales04 = await factory.UserIdAsync("sales04");
        var tech = await factory.UserIdAsync("tech");
        var now = factory.Clock.GetCurrentInstant();
        var today = new LocalDate(2026, 11, 23);
        var owners = Enumerable.Repeat(sales01, 130).Concat(Enumerable.Repeat(sales04, 60)).Append(tech).ToList();
        await DbAsync(factory, async db =>
        {
            for (var i = 0; i < owners.Count; i++)
            {
                var deal = new QuotableDeal(
                    Guid.NewGuid(), Guid.NewGuid(), $"C-PG{i:000}", $"分页客户{i:000}", owners[i], "分页商机", true, null);
                var valid = today.PlusDays(10 + (i % 2));
                var quote = new Quote(Guid.NewGuid(), $"{Prefix}{i:0000}", deal, PublicToken.New(), valid, now);
                quote.Edit([TestQuotes.Line()], "", PaymentScheduleText.Default, valid, false, "", now);
                if (i % 2 == 0 || owners[i] == tech)
                {
                    quote.Submit(owners[i], TestQuotes.Chain(), today, now, null);
                }
                db.Quotes.Add(quote);
            }
            return await db.SaveChangesAsync();
        });
    }

    [Fact]
    public async Task Given_many_quotes_with_equal_sort_keys_Then_walking_the_pages_lists_each_visible_quote_once_in_order()
    {
        await SeedAsync();
        var director = await factory.SignInAsync("director");
        var all = await DbAsync(factory, db => db.Quotes.AsNoTracking().Select(q => new { q.Number, q.UpdatedAt, q.ValidUntil }).ToListAsync());

        var (first, walked) = await WalkListAsync(director, "");
        Assert.Equal(QuoteListQueries.PageSize, first);
        var expected = all.OrderByDescending(q => q.UpdatedAt).ThenByDescending(q => q.Number, StringComparer.Ordinal).Select(q => q.Number);
        Assert.Equal(expected, walked.Select(r => r.Number));

        var (_, byValidity) = await WalkListAsync(director, "?sort=ValidUntil");
        Assert.Equal(
            all.OrderBy(q => q.ValidUntil).ThenBy(q => q.Number, StringComparer.Ordinal).Select(q => q.Number), byValidity.Select(r => r.Number));
        var (_, byNumber) = await WalkListAsync(director, "?sort=Number");
        Assert.Equal(all.Select(q => q.Number).Order(StringComparer.Ordinal), byNumber.Select(r => r.Number));
    }

    [Fact]
    public async Task Given_a_salesperson_and_the_director_Then_every_page_holds_exactly_the_quotes_each_may_see()
    {
        await SeedAsync();
        var sales01 = await factory.UserIdAsync("sales01");
        var own = await DbAsync(factory, db => db.Quotes.Where(q => q.OwnerId == sales01).Select(q => q.Number).ToListAsync());
        var everyone = await DbAsync(factory, db => db.Quotes.Select(q => q.Number).ToListAsync());

        var (_, sales) = await WalkListAsync(await factory.SignInAsync("sales01"), "");
        var (_, director) = await WalkListAsync(await factory.SignInAsync("director"), "");

        Assert.True(own.Count > QuoteListQueries.PageSize * 2);
        Assert.Equal(own.Order(), sales.Select(r => r.Number).Order());
        Assert.All(sales, r => Assert.Equal(sales01.ToString(), r.Owner));
        Assert.Equal(everyone.Order(), director.Select(r => r.Number).Order());
    }

    [Fact]
    public async Task Given_an_approver_Then_the_list_is_owned_quotes_or_a_step_for_the_role_across_pages()
    {
        await SeedAsync();
        var finance = await factory.UserIdAsync("finance");
        var expected = await DbAsync(factory, db => db.Quotes
            .Where(q => q.OwnerId == finance || db.ApprovalSteps.Any(s => s.QuoteId == q.Id && s.Role == Roles.Finance))
            .Select(q => q.Number).ToListAsync());

        var (_, walked) = await WalkListAsync(await factory.SignInAsync("finance"), "");

        Assert.True(expected.Count > QuoteListQueries.PageSize);
        Assert.Equal(expected.Order(), walked.Select(r => r.Number).Order());
    }

    [Fact]
    public async Task Given_filters_in_the_URL_Then_the_pages_hold_only_matching_quotes_and_a_manager_cannot_widen_the_scope()
    {
        await SeedAsync();
        var sales01 = await factory.UserIdAsync("sales01");
        var sales04 = await factory.UserIdAsync("sales04");
        var submitted = await DbAsync(factory, db => db.Quotes
            .Where(q => q.OwnerId == sales01 && q.Status == QuoteStatus.InApproval).Select(q => q.Number).ToListAsync());

        var (_, inApproval) = await WalkListAsync(await factory.SignInAsync("sales01"), "?status=InApproval");
        Assert.Equal(submitted.Order(), inApproval.Select(r => r.Number).Order());

        var manager = await factory.SignInAsync("mgr.east");
        var (_, team) = await WalkListAsync(manager, $"?owner={sales01}&status=Draft");
        Assert.Equal(65, team.Count(r => r.Number.StartsWith(Prefix, StringComparison.Ordinal)));
        Assert.All(team, r => Assert.Equal((sales01.ToString(), "Draft"), (r.Owner, r.Status)));
        var (_, outside) = await WalkListAsync(manager, $"?owner={sales04}");
        Assert.Empty(outside); // sales04 is in another team: the filter narrows the visibility, never widens it

        var (_, ignored) = await WalkListAsync(await factory.SignInAsync("sales01"), $"?owner={sales04}");
        Assert.All(ignored, r => Assert.Equal(sales01.ToString(), r.Owner)); // not a manager: no owner filter

        var (_, searched) = await WalkListAsync(await factory.SignInAsync("director"), "?q=PAGE-001");
        Assert.Equal(Enumerable.Range(10, 10).Select(i => $"{Prefix}{i:0000}"), searched.Select(r => r.Number).Order());
        Assert.Single((await WalkListAsync(await factory.SignInAsync("director"), "?q=分页客户042")).Rows);
    }

    [Fact]
    public async Task Given_the_status_counts_Then_they_are_exact_below_the_cap()
    {
        await SeedAsync();
        var sales01 = await factory.UserIdAsync("sales01");
        var counts = await DbAsync(factory, db => db.Quotes.Where(q => q.OwnerId == sales01)
            .GroupBy(q => q.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync());

        var html = await (await factory.SignInAsync("sales01")).GetStringAsync("/Quotes");

        foreach (var status in Enum.GetValues<QuoteStatus>())
        {
            var count = counts.FirstOrDefault(c => c.Key == status)?.Count ?? 0;
            Assert.Matches($"data-status=\"{status}\" data-count=\"{count}\" data-at-least=\"false\"", html);
        }
        Assert.DoesNotContain("counts-capped", html);
    }

    [Fact]
    public async Task Given_an_approver_Then_the_queue_pages_hold_exactly_their_active_steps_on_quotes_of_others_and_the_count_agrees()
    {
        await SeedAsync();
        var tech = await factory.UserIdAsync("tech");
        var now = factory.Clock.GetCurrentInstant();
        var expected = await DbAsync(factory, db => db.ApprovalSteps
            .Where(s => s.Status == StepStatus.Active && s.Role == Roles.Tech)
            .Join(db.Quotes, s => s.QuoteId, q => q.Id, (s, q) => new { s.Id, q.OwnerId, s.DueAt }).ToListAsync());
        var waiting = expected.Where(s => s.OwnerId != tech).ToList();
        Assert.Contains(expected, s => s.OwnerId == tech); // the approver's own quote waits for Tech, but not for him

        var client = await factory.SignInAsync("tech");
        var html = await client.GetStringAsync("/Quotes");
        var steps = QueueSteps().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(ApprovalQueueQueries.PageSize, steps.Count);
        for (var more = MoreUrl(html, "queue-more"); more is not null;)
        {
            var fragment = await HtmxAsync(client, more);
            steps.AddRange(QueueSteps().Matches(fragment).Select(m => m.Groups[1].Value));
            more = MoreUrl(fragment, "queue-more");
        }

        Assert.Equal(waiting.Select(s => s.Id.ToString()).Order(), steps.Order());
        Assert.Matches($"data-testid=\"queue-count\" data-count=\"{waiting.Count}\"\\s+data-overdue=\"{waiting.Count(s => s.DueAt < now)}\"", html);
        var legal = await (await factory.SignInAsync("legal")).GetStringAsync("/Quotes");
        Assert.DoesNotContain(steps[0], legal);
    }

    [Fact]
    public async Task Given_an_unreadable_cursor_Then_the_list_starts_at_the_top()
    {
        await SeedAsync();
        var director = await factory.SignInAsync("director");
        (string Sort, string After)[] cursors =
            [("ValidUntil", "x"), ("ValidUntil", "2026-13-40_Q"), ("Updated", "99999999999999999999_Q"), ("Updated", "_")];
        foreach (var (sort, after) in cursors)
        {
            var response = await director.GetAsync($"/Quotes?handler=Rows&sort={sort}&after={Uri.EscapeDataString(after)}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(QuoteListQueries.PageSize, ListRows().Matches(await response.Content.ReadAsStringAsync()).Count);
        }
    }

    private static async Task<(int FirstPage, List<(string Number, string Owner, string Status)> Rows)> WalkListAsync(
        HttpClient client, string query)
    {
        var html = await client.GetStringAsync("/Quotes" + query);
        var rows = RowsOf(html);
        var first = rows.Count;
        for (var more = MoreUrl(html, "list-more"); more is not null;)
        {
            var fragment = await HtmxAsync(client, more);
            rows.AddRange(RowsOf(fragment));
            more = MoreUrl(fragment, "list-more");
        }
        Assert.Equal(rows.Count, rows.Select(r => r.Number).Distinct().Count());
        return (first, rows);
    }

    private static async Task<string> HtmxAsync(HttpClient client, string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("HX-Request", "true");
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static List<(string Number, string Owner, string Status)> RowsOf(string html) =>
        ListRows().Matches(html).Select(m => (m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value)).ToList();

    private static string? MoreUrl(string html, string testId)
    {
        var match = Regex.Match(html, $"<tr data-testid=\"{testId}\">.*?hx-get=\"([^\"]+)\"", RegexOptions.Singleline);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }

    [GeneratedRegex("data-testid=\"quote-row\" data-number=\"([^\"]+)\" data-owner=\"([^\"]+)\" data-status=\"([^\"]+)\"")]
    private static partial Regex ListRows();

    [GeneratedRegex("data-testid=\"queue-row\" data-step=\"([^\"]+)\"")]
    private static partial Regex QueueSteps();
}
