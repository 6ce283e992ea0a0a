using System.Net;
using SalesSuite.Goals.Domain;
using SalesSuite.Testing;

namespace SalesSuite.Goals.Tests.Integration;

public sealed class ContractsPagesTests : IClassFixture<AppFactory>
{
    private readonly AppFactory _app;

    public ContractsPagesTests(AppFactory app) => _app = app;

    public static TheoryData<string, string, string> Pages() => new()
    {
        { "admin", "zh-CN", "/Goals/Config/ActionTypes" },
        { "admin", "en", "/Goals/Config/ActionTypes" },
        { "director", "zh-CN", "/Goals/Config/ActionTypes/Edit" },
        { "director", "en", $"/Goals/Config/ActionTypes/Edit?id={DefaultActionTypes.IdOf(KeyActionType.KeyVisit)}" },
        { "admin", "en", "/Goals/Config/ActionTypes?handler=Csv" },
        { "sales01", "zh-CN", "/Goals/Contracts" },
        { "sales01", "en", "/Goals/Contracts?period=2026-W48" },
        { "sales01", "en", "/Goals/Contracts/Edit" },
        { "mgr.east", "zh-CN", "/Goals/Contracts/Team?period=2026-Q4" },
        { "mgr.east", "en", "/Goals/Contracts/Team?period=2026-Q4&handler=Csv" },
        { "mgr.east", "zh-CN", "/Goals/Customers" },
        { "mgr.east", "en", "/Goals/Customers?keyOnly=true&handler=Csv" },
        { "gm", "en", "/Goals" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Given_a_user_When_opening_a_contracts_page_Then_200(string user, string culture, string url)
    {
        var client = await _app.SignInAsync(user, culture);

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Given_the_standard_in_words_When_the_list_is_shown_in_chinese_Then_the_objective_reads_in_chinese()
    {
        var client = await _app.SignInAsync("admin");

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/Goals/Config/ActionTypes"));

        Assert.Contains("跟进记录：目的为“建立联系”，计入负责人", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_the_event_changes_When_htmx_asks_for_conditions_Then_only_that_event_s_conditions_come_back()
    {
        var client = await _app.SignInAsync("admin", "en");

        var quote = await client.HtmxGetAsync("/Goals/Config/ActionTypes/Edit?handler=Conditions&Input.EventType=QuoteSubmitted");
        var html = await quote.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, quote.StatusCode);
        Assert.Contains("Input.MinNumber", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Input.Value", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<html", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_the_daily_report_event_When_conditions_are_shown_Then_its_closed_values_are_a_select()
    {
        var client = await _app.SignInAsync("admin", "en");

        var html = await (await client.HtmxGetAsync("/Goals/Config/ActionTypes/Edit?handler=Conditions&Input.EventType=DailyReportSubmitted"))
            .Content.ReadAsStringAsync();

        Assert.Contains("<select id=\"Input_Value\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"InFence\"", html, StringComparison.Ordinal);
    }
}
