using System.Diagnostics;
using Microsoft.Playwright;
using SalesSuite.Testing;

namespace SalesSuite.Browser.Tests.Leads;

/// <summary>The live kanban in two browsers: a card dragged in one board shows in the other without a reload.</summary>
public sealed class LiveKanbanBrowserTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    /// <summary>One poll interval (2 s) plus room for the request on a busy 2-core machine.</summary>
    private const float LiveTimeoutMs = 4_000;

    [Fact]
    public async Task Given_two_open_kanbans_When_a_card_is_dragged_to_the_next_stage_Then_the_panel_asks_and_the_other_board_shows_the_move()
    {
        var mover = await fx.NewPageAsync();
        await fx.SignInAsync(mover, "sales01");
        var watcher = await fx.NewPageAsync();
        await fx.SignInAsync(watcher, "director");
        await mover.GotoAsync("/Leads/Deals");
        await watcher.GotoAsync("/Leads/Deals");
        const string title = "恒清 袋式除尘滤芯年度采购";
        var card = $"[data-testid=deal-card][data-title=\"{title}\"]";
        await watcher.Locator($"[data-testid=stage-column][data-stage=技术确认] {card}").WaitForAsync();

        // 技术确认 needs 设备参数: the drop opens the move panel pre-set to the dropped-on stage, the board stays put.
        await mover.Locator(card).DragToAsync(mover.Locator("[data-testid=stage-column][data-stage=样品测试]"));
        var form = mover.Locator("[data-testid=move-form]");
        await form.WaitForAsync();
        Assert.StartsWith("样品测试", await form.Locator("[data-testid=move-target] option:checked").InnerTextAsync());
        Assert.Contains("设备参数", await mover.Locator("[data-testid=move-errors]").InnerTextAsync());
        await mover.WaitForFunctionAsync("() => document.activeElement?.id === 'target'");

        await form.Locator("[data-field=设备参数]").FillAsync("DN80, 1.0MPa, 316L");
        await form.Locator("[data-testid=move-submit]").ClickAsync();
        await mover.Locator("#move-panel .alert-success").WaitForAsync();
        var watch = Stopwatch.StartNew();

        // The director's board learns it from its 2-second poll (change token), without a reload.
        await watcher.Locator($"[data-testid=stage-column][data-stage=样品测试] {card}")
            .WaitForAsync(new() { Timeout = LiveTimeoutMs });
        Assert.True(watch.Elapsed < TimeSpan.FromMilliseconds(LiveTimeoutMs), $"shown after {watch.ElapsedMilliseconds} ms");
        await mover.Locator($"[data-testid=stage-column][data-stage=样品测试] {card}").WaitForAsync();
    }

    [Fact]
    public async Task Given_the_kanban_When_using_only_the_keyboard_Then_the_move_button_opens_the_panel_and_escape_closes_it()
    {
        var page = await fx.NewPageAsync();
        await fx.SignInAsync(page, "sales02");
        await page.GotoAsync("/Leads/Deals");
        var move = page.Locator("[data-testid=deal-card] [data-testid=move]").First;
        Assert.Equal("move-panel", await move.GetAttributeAsync("aria-controls"));
        await move.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.Locator("[data-testid=move-form]").WaitForAsync();
        await page.WaitForFunctionAsync("() => document.activeElement?.id === 'target'");
        await page.Keyboard.PressAsync("Escape");
        await page.Locator("[data-testid=move-form]").WaitForAsync(new() { State = WaitForSelectorState.Detached });
    }
}
