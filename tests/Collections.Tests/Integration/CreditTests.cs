using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using NodaTime;
using SalesSuite.Testing;
using static SalesSuite.Collections.Tests.Integration.CreditScenario;

namespace SalesSuite.Collections.Tests.Integration;

/// <summary>Exposure from Collections' own events, the limit set by Finance, and who may see the credit page.</summary>
public sealed partial class CreditTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Given_a_new_contract_When_its_events_are_delivered_Then_the_exposure_is_its_outstanding_and_is_published()
    {
        var customer = Guid.NewGuid();

        await ContractAsync(app, customer, 100_000m);

        var account = await AccountAsync(app, customer);
        Assert.Equal((100_000m, 70_000m, false), (account.Exposure, account.UnscheduledExposure, account.OverLimit));
        var published = Assert.Single(await ExposureEventsAsync(app, customer));
        Assert.Equal((100_000m, (decimal?)null, "CNY"), (published.Exposure, published.Limit, published.Currency));
    }

    [Fact]
    public async Task Given_a_payment_and_its_reversal_Then_the_exposure_goes_down_and_back_up_and_each_change_is_published()
    {
        var customer = Guid.NewGuid();
        await ContractAsync(app, customer, 100_000m);

        app.Clock.Advance(Duration.FromMinutes(1));
        var payment = await PayAsync(app, customer, 40_000m, "BR-CREDIT-" + customer.ToString("N")[..8]);
        var afterPayment = await AccountAsync(app, customer);
        app.Clock.Advance(Duration.FromMinutes(1));
        await ReverseAsync(app, payment, "银行退票");
        var afterReversal = await AccountAsync(app, customer);

        Assert.Equal(60_000m, afterPayment.Exposure);
        // 30 000 paid the deposit (due first), 10 000 went to the unscheduled acceptance milestone.
        Assert.Equal(60_000m, afterPayment.UnscheduledExposure);
        Assert.Equal(100_000m, afterReversal.Exposure);
        Assert.Equal([100_000m, 60_000m, 100_000m], (await ExposureEventsAsync(app, customer)).Select(e => e.Exposure));
    }

    [Fact]
    public async Task Given_a_limit_below_the_exposure_When_finance_sets_it_Then_the_customer_is_over_the_limit_and_the_limit_is_published()
    {
        var customer = await RegisteredAsync("CR-OVER-1");
        await ContractAsync(app, customer, 100_000m);
        var finance = await app.SignInAsync("finance");

        var saved = await SetLimitAsync(finance, customer, "50000");

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var row = await saved.Content.ReadAsStringAsync();
        Assert.Contains("data-over=\"true\"", row);
        Assert.Contains("data-testid=\"over-limit\"", row);
        var account = await AccountAsync(app, customer);
        Assert.Equal((50_000m, true), (account.CreditLimit, account.OverLimit));
        var last = (await ExposureEventsAsync(app, customer)).Last();
        Assert.Equal((100_000m, (decimal?)50_000m), (last.Exposure, last.Limit));
        var page = await finance.GetStringAsync("/Collections/Credit?over=true");
        Assert.Contains("CR-OVER-1", page);
        Assert.Contains("超出额度", page);
    }

    [Fact]
    public async Task Given_a_form_showing_an_old_version_When_saving_a_limit_Then_it_is_refused_as_stale_and_nothing_changes()
    {
        var customer = await RegisteredAsync("CR-STALE-1");
        var finance = await app.SignInAsync("finance");
        var version = await VersionAsync(finance, "CR-STALE-1");
        Assert.Equal(HttpStatusCode.OK, (await SetLimitAsync(finance, customer, "80000", version)).StatusCode);

        var stale = await SetLimitAsync(finance, customer, "90000", version);

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(80_000m, (await AccountAsync(app, customer)).CreditLimit);
    }

    [Theory]
    [InlineData("12.345")]
    [InlineData("-1")]
    [InlineData("abc")]
    public async Task Given_a_bad_limit_When_saving_Then_a_message_is_shown_next_to_it_and_nothing_is_saved(string limit)
    {
        var customer = await RegisteredAsync("CR-BAD-" + Math.Abs(limit.GetHashCode()));
        var finance = await app.SignInAsync("finance");

        var refused = await SetLimitAsync(finance, customer, limit);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("data-testid=\"credit-error\"", await refused.Content.ReadAsStringAsync());
        Assert.Null((await AccountAsync(app, customer)).CreditLimit);
    }

    [Fact]
    public async Task Given_a_limit_When_finance_clears_it_Then_no_limit_and_not_over()
    {
        var customer = await RegisteredAsync("CR-CLEAR-1");
        await ContractAsync(app, customer, 10_000m);
        var finance = await app.SignInAsync("finance");
        await SetLimitAsync(finance, customer, "1000");

        var cleared = await finance.HtmxPostAsync("/Collections/Credit?handler=Clear",
            new() { ["customerId"] = customer.ToString(), ["version"] = (await VersionAsync(finance, "CR-CLEAR-1")).ToString() },
            "/Collections/Credit");

        Assert.Equal(HttpStatusCode.OK, cleared.StatusCode);
        var account = await AccountAsync(app, customer);
        Assert.Equal(((decimal?)null, false), (account.CreditLimit, account.OverLimit));
        Assert.Null((await ExposureEventsAsync(app, customer)).Last().Limit);
    }

    [Theory]
    [InlineData("sales01", HttpStatusCode.Forbidden)]
    [InlineData("mgr.east", HttpStatusCode.Forbidden)]
    [InlineData("gm", HttpStatusCode.OK)]
    [InlineData("director", HttpStatusCode.OK)]
    [InlineData("finance", HttpStatusCode.OK)]
    [InlineData("admin", HttpStatusCode.OK)]
    public async Task Given_a_role_When_opening_the_credit_page_Then_only_finance_admin_gm_and_director_see_it(string user, HttpStatusCode expected)
    {
        var client = await app.SignInAsync(user);

        Assert.Equal(expected, (await client.GetAsync("/Collections/Credit")).StatusCode);
        Assert.Equal(expected, (await client.GetAsync("/Collections/Credit?handler=Csv")).StatusCode);
    }

    [Theory]
    [InlineData("gm")]
    [InlineData("director")]
    [InlineData("sales01")]
    public async Task Given_someone_who_is_not_finance_When_posting_a_limit_Then_403_and_nothing_changes(string user)
    {
        var customer = await RegisteredAsync("CR-RO-" + user);
        var client = await app.SignInAsync(user);

        var refused = await client.HtmxPostAsync("/Collections/Credit?handler=Limit",
            new() { ["customerId"] = customer.ToString(), ["version"] = "0", ["limit"] = "1" }, "/Collections");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Null((await AccountAsync(app, customer)).CreditLimit);
    }

    [Fact]
    public async Task Given_customers_with_limits_When_exporting_Then_a_csv_excel_opens_with_the_numbers_and_no_formulas()
    {
        var customer = await RegisteredAsync("=CR-CSV-1", name: "=HYPERLINK(\"x\")");
        await ContractAsync(app, customer, 2_000m);
        var finance = await app.SignInAsync("finance");
        await SetLimitAsync(finance, customer, "1500");

        var response = await finance.GetAsync("/Collections/Credit?handler=Csv&q=CR-CSV-1");

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.Contains("'=CR-CSV-1", text);
        Assert.Contains("1500", text);
        Assert.Contains("2000", text);
        Assert.DoesNotContain(",=", text);
    }

    private async Task<Guid> RegisteredAsync(string code, string? name = null)
    {
        var registered = Events.CustomerRegistered(code: code, name: name ?? "信用测试客户 " + code, ownerId: await app.UserIdAsync("sales01"));
        await app.ConsumeAsync(registered);
        return registered.CustomerId;
    }

    private static async Task<int> VersionAsync(HttpClient finance, string code)
    {
        var page = await finance.GetStringAsync("/Collections/Credit?q=" + Uri.EscapeDataString(code));
        var row = RowPattern().Match(page);
        Assert.True(row.Success, "no row for " + code);
        return int.Parse(VersionPattern().Match(row.Value).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<HttpResponseMessage> SetLimitAsync(HttpClient finance, Guid customer, string limit, int? version = null)
    {
        var account = await AccountAsync(app, customer);
        return await finance.HtmxPostAsync("/Collections/Credit?handler=Limit",
            new() { ["customerId"] = customer.ToString(), ["version"] = (version ?? account.Version).ToString(), ["limit"] = limit },
            "/Collections/Credit");
    }

    [GeneratedRegex("<tr id=\"credit-[^\"]+\" data-testid=\"credit-row\".*?</tr>", RegexOptions.Singleline)]
    private static partial Regex RowPattern();

    [GeneratedRegex("name=\"version\" value=\"(\\d+)\"")]
    private static partial Regex VersionPattern();
}
