using System.Text.RegularExpressions;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.Testing;

namespace SalesSuite.Host.Tests.Platform;

/// <summary>The home page's extension point: a module's registered panel is a card for its roles only, filled by htmx.</summary>
public sealed partial class HomePanelTests(HomePanelFactory factory) : IClassFixture<HomePanelFactory>
{
    private static List<string> PanelsOn(string html) =>
        PanelPattern().Matches(html).Select(m => m.Groups[1].Value).Where(m => m.StartsWith("Fake", StringComparison.Ordinal)).ToList();

    [Fact]
    public async Task Given_a_panel_for_finance_When_finance_opens_the_home_page_Then_its_card_loads_the_partial_on_display_and_every_15s()
    {
        using var finance = await factory.SignInAsync("finance", "en");

        var html = await finance.GetStringAsync("/");

        Assert.Equal(["FakeFinance"], PanelsOn(html));
        var card = html[html.IndexOf("data-module=\"FakeFinance\"", StringComparison.Ordinal)..];
        card = card[..card.IndexOf("</section>", StringComparison.Ordinal)];
        Assert.Contains("hx-get=\"/Notifications?handler=Count\"", card, StringComparison.Ordinal);
        Assert.Contains("hx-trigger=\"load, every 15s\"", card, StringComparison.Ordinal);
        Assert.Contains("<noscript><a href=\"/Notifications\">", card, StringComparison.Ordinal);
        // No module named FakeFinance: the title key is shown as it is.
        Assert.Contains("Fake_FinancePanel", card, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sales01")]
    [InlineData("delivery")]
    public async Task Given_panels_for_other_roles_When_someone_else_opens_the_home_page_Then_no_card_is_shown(string user)
    {
        using var client = await factory.SignInAsync(user, "en");

        Assert.Empty(PanelsOn(await client.GetStringAsync("/")));
    }

    [Fact]
    public void Given_two_panels_for_one_person_When_chosen_Then_both_are_shown_in_their_order_and_none_to_others()
    {
        var both = new[] { HomePanelFactory.ForFinance, HomePanelFactory.ForLegal with { Roles = [Roles.Finance] } };

        var visible = both.VisibleTo(role => role == Roles.Finance);

        Assert.Equal(["FakeLegal", "FakeFinance"], visible.Select(p => p.Module));
        Assert.Empty(both.VisibleTo(role => role == Roles.Salesperson));
    }

    [Fact]
    public async Task Given_a_panel_for_two_roles_When_a_person_with_one_of_them_opens_the_home_page_Then_they_see_it()
    {
        using var legal = await factory.SignInAsync("legal", "en");

        Assert.Equal(["FakeLegal"], PanelsOn(await legal.GetStringAsync("/")));
    }

    [GeneratedRegex("data-testid=\"home-panel\" data-module=\"([^\"]+)\"")]
    private static partial Regex PanelPattern();
}
