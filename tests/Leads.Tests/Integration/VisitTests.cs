using System.Buffers.Binary;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SalesSuite.Leads.Background;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.Testing;

namespace SalesSuite.Leads.Tests.Integration;

/// <summary>Visits: risk cards, supervisor confirmation (409 when stale), 48 h escalation up the line, voice notes and position.</summary>
public sealed class VisitTests(LeadsAppFactory factory) : IClassFixture<LeadsAppFactory>
{
    private Task<Guid> CustomerAsync(string name) =>
        factory.QueryAsync(db => db.Customers.Where(c => c.Name.Contains(name)).Select(c => c.Id).SingleAsync());

    /// <summary>Posts the quick follow-up form as the phone does (multipart), with an optional voice note and position.</summary>
    private static async Task<HttpResponseMessage> LogAsync(
        HttpClient client, Guid customerId, string summary, bool warning = false, string? obstacle = null,
        (string Name, string Type, byte[] Bytes)? voice = null, (string Lat, string Lng, string Acc)? position = null)
    {
        var token = SignedInClient.AntiforgeryToken(await client.GetStringAsync("/Leads/FollowUps/New"));
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(customerId.ToString()), "Form.CustomerId" },
            { new StringContent("HandleObjection"), "Form.Objective" },
            { new StringContent(summary), "Form.Summary" },
        };
        if (warning)
        {
            form.Add(new StringContent("true"), "Form.Warning");
        }
        if (obstacle is not null)
        {
            form.Add(new StringContent(obstacle), "Form.Obstacles");
        }
        if (voice is { } v)
        {
            var content = new ByteArrayContent(v.Bytes);
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(v.Type);
            form.Add(content, "voice", v.Name);
        }
        if (position is { } p)
        {
            form.Add(new StringContent(p.Lat), "Form.Latitude");
            form.Add(new StringContent(p.Lng), "Form.Longitude");
            form.Add(new StringContent(p.Acc), "Form.Accuracy");
        }
        return await client.PostAsync("/Leads/FollowUps/New", form);
    }

    /// <summary>A page refused to the role: the host's access-denied page (as for the configuration pages).</summary>
    private static void Denied(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("AccessDenied", response.Headers.Location?.ToString());
    }

    private Task<FollowUp> FollowUpAsync(string summary) =>
        factory.QueryAsync(db => db.FollowUps.AsNoTracking().SingleAsync(f => f.Summary == summary));

    private static byte[] Wav(double seconds)
    {
        const int rate = 8000;
        var data = (int)(seconds * rate) * 2;
        var bytes = new byte[44 + data];
        "RIFF"u8.CopyTo(bytes);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(4), (uint)(36 + data));
        "WAVEfmt "u8.CopyTo(bytes.AsSpan(8));
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(16), 16);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(20), 1);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(22), 1);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(24), rate);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(28), rate * 2);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(32), 2);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(34), 16);
        "data"u8.CopyTo(bytes.AsSpan(36));
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(40), (uint)data);
        return bytes;
    }

    [Fact]
    public async Task Given_the_delivery_copy_on_When_a_warning_follow_up_is_logged_Then_the_manager_and_delivery_get_the_risk_card()
    {
        var director = await factory.SignInAsync("director", "en");
        var settings = await director.PostFormAsync("/Leads/Visits?handler=Settings",
            new() { ["version"] = "0", ["confirmHours"] = "48", ["notifyDeliveryManager"] = "true" }, "/Leads/Visits");
        Assert.Equal(HttpStatusCode.Redirect, settings.StatusCode);
        var customerId = await CustomerAsync("恒清");
        var sales01 = await factory.SignInAsync("sales01");

        var logged = await LogAsync(sales01, customerId, "客户称竞品报价低 15%，采购冻结", warning: true, obstacle: "竞品低价");

        Assert.Equal(HttpStatusCode.Redirect, logged.StatusCode);
        var followUp = await FollowUpAsync("客户称竞品报价低 15%，采购冻结");
        var card = await factory.QueryAsync(db => db.RiskCards.AsNoTracking().SingleAsync(c => c.FollowUpId == followUp.Id));
        var manager = await factory.UserIdAsync("mgr.east");
        Assert.Equal(manager, card.ManagerId);
        var notices = (await factory.EventsAsync<NotificationRequested>()).Where(n => n.TextKey == "Notify_RiskRaised").ToList();
        Assert.Contains(notices, n => n.RecipientUserId == manager && n.Link == "/Leads/Visits/Risks" && n.Arguments[1] == "竞品低价");
        Assert.Contains(notices, n => n.RecipientRole == Roles.DeliveryManager);
        var timeline = await sales01.GetStringAsync($"/Leads/Customers/Detail/{customerId}");
        // The signed-in user's language is their saved preference (another test of this class may switch sales01 to en).
        Assert.Matches("(生成风险卡 — 障碍：|Risk card raised — obstacles: )竞品低价", timeline);

        var delivery = await factory.SignInAsync("delivery", "en");
        var list = await delivery.GetStringAsync("/Leads/Visits/Risks");
        Assert.Contains("绍兴恒清过滤设备有限公司", list);
        Assert.DoesNotContain("data-testid=\"risk-close\"", list);
        var mgr = await factory.SignInAsync("mgr.east", "en");
        var url = $"/Leads/Visits/Risks?handler=Close&id={card.Id}";
        var noNote = await mgr.HtmxPostAsync(url, new() { ["version"] = card.Version.ToString() }, "/Leads/Visits/Risks");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noNote.StatusCode);
        var closed = await mgr.PostFormAsync(url, new() { ["version"] = card.Version.ToString(), ["note"] = "已约客户技术总监复谈" }, "/Leads/Visits/Risks");
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        Assert.Equal("已约客户技术总监复谈", await factory.QueryAsync(db => db.RiskCards.Where(c => c.Id == card.Id).Select(c => c.Note).SingleAsync()));
        var sales02 = await factory.SignInAsync("sales02");
        Denied(await sales02.GetAsync("/Leads/Visits/Risks"));
    }

    [Fact]
    public async Task Given_a_visit_When_the_supervisor_confirms_twice_Then_the_second_is_409_and_others_get_403_or_404()
    {
        var customerId = await CustomerAsync("娃哈哈");
        var sales02 = await factory.SignInAsync("sales02");
        Assert.Equal(HttpStatusCode.Redirect, (await LogAsync(sales02, customerId, "饮料线改造：现场勘查三号线")).StatusCode);
        var visit = await FollowUpAsync("饮料线改造：现场勘查三号线");
        Assert.True(visit.AwaitsConfirmation);
        var mgr = await factory.SignInAsync("mgr.east", "en");
        Assert.Contains("饮料线改造：现场勘查三号线", await mgr.GetStringAsync("/Leads/Visits"));
        var url = $"/Leads/Visits?handler=Confirm&id={visit.Id}";
        var form = new Dictionary<string, string> { ["version"] = visit.Version.ToString() };

        Assert.Equal(HttpStatusCode.Forbidden, (await sales02.HtmxPostAsync(url, new(form), "/Leads/FollowUps/New")).StatusCode);
        var north = await factory.SignInAsync("mgr.north");
        Assert.Equal(HttpStatusCode.NotFound, (await north.HtmxPostAsync(url, new(form), "/Leads/Visits")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await mgr.HtmxPostAsync(url, new(form), "/Leads/Visits")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await mgr.HtmxPostAsync(url, new(form), "/Leads/Visits")).StatusCode);
        Assert.Equal(await factory.UserIdAsync("mgr.east"), (await FollowUpAsync("饮料线改造：现场勘查三号线")).ConfirmedBy);
        Assert.DoesNotContain("饮料线改造：现场勘查三号线", await mgr.GetStringAsync("/Leads/Visits"));
    }

    [Fact]
    public async Task Given_an_unconfirmed_visit_When_48_h_pass_Then_it_goes_to_the_supervisor_s_manager_then_theirs_once_per_level()
    {
        var customerId = await CustomerAsync("新和成");
        var sales03 = await factory.SignInAsync("sales03");
        Assert.Equal(HttpStatusCode.Redirect, (await LogAsync(sales03, customerId, "化工园区走访：安全阀选型")).StatusCode);
        var visit = await FollowUpAsync("化工园区走访：安全阀选型");
        Assert.Equal(await factory.UserIdAsync("mgr.east"), visit.ConfirmAskedOf);
        async Task<int> TickAsync() => (await factory.InScopeAsync(sp => sp.GetRequiredService<LeadsWork>().TickAsync(default))).VisitsEscalated;
        async Task<List<Guid?>> EscalationNoticesAsync() => [.. (await factory.EventsAsync<NotificationRequested>())
            .Where(n => n.TextKey == "Notify_VisitEscalated" && n.Arguments[1].Contains("新和成")).Select(n => n.RecipientUserId)];

        factory.Clock.Advance(Duration.FromHours(47));
        await TickAsync();
        Assert.Equal(0, (await FollowUpAsync("化工园区走访：安全阀选型")).ConfirmLevel);

        factory.Clock.Advance(Duration.FromHours(1));
        await TickAsync();
        await TickAsync();
        var director = await factory.UserIdAsync("director");
        Assert.Equal((1, director), ((await FollowUpAsync("化工园区走访：安全阀选型")).ConfirmLevel, (await FollowUpAsync("化工园区走访：安全阀选型")).ConfirmAskedOf));
        Assert.Equal([director], await EscalationNoticesAsync());
        Assert.True(await factory.QueryAsync(db => db.OperationLog.AnyAsync(o => o.Operation == "FollowUp.ConfirmationEscalated")));

        factory.Clock.Advance(Duration.FromHours(48));
        await TickAsync();
        var gm = await factory.UserIdAsync("gm");
        Assert.Equal([director, gm], await EscalationNoticesAsync());
        factory.Clock.Advance(Duration.FromHours(48));
        await TickAsync();
        Assert.Equal(2, (await FollowUpAsync("化工园区走访：安全阀选型")).ConfirmLevel);
    }

    [Fact]
    public async Task Given_voice_notes_When_logging_Then_a_short_recording_is_kept_with_the_position_and_bad_ones_are_refused()
    {
        var customerId = await CustomerAsync("海天");
        var sales01 = await factory.SignInAsync("sales01", "en");

        var ok = await LogAsync(sales01, customerId, "海天：注塑机改造意向（语音）", voice: ("voice.wav", "audio/wav", Wav(12)),
            position: ("29.868336", "121.543990", "18"));

        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var visit = await FollowUpAsync("海天：注塑机改造意向（语音）");
        Assert.Equal(("audio/wav", 12.0, 29.868336, 121.54399, 18.0),
            (visit.VoiceType, visit.VoiceSeconds, visit.Latitude, visit.Longitude, visit.AccuracyMeters));
        var voiceUrl = $"/Leads/Visits?handler=Voice&id={visit.Id}";
        Assert.Equal(Wav(12), await sales01.GetByteArrayAsync(voiceUrl));
        var page = await sales01.GetStringAsync($"/Leads/Customers/Detail/{customerId}");
        Assert.Contains("data-testid=\"followup-voice\"", page);
        Assert.Contains("29.868336, 121.543990 ±18 m", page);
        var sales02 = await factory.SignInAsync("sales02");
        Assert.Equal(HttpStatusCode.NotFound, (await sales02.GetAsync(voiceUrl)).StatusCode);

        var before = await factory.QueryAsync(db => db.FollowUps.CountAsync());
        var tooLong = await LogAsync(sales01, customerId, "too long", voice: ("voice.wav", "audio/wav", Wav(40)));
        Assert.Contains("The voice note is 40 s long; at most 30 s.", await tooLong.Content.ReadAsStringAsync());
        var fake = Encoding.ASCII.GetBytes("%PDF-1.7 fake");
        var notAudio = await LogAsync(sales01, customerId, "not audio", voice: ("voice.webm", "audio/webm", fake));
        Assert.Contains("not a supported audio file", await notAudio.Content.ReadAsStringAsync());
        var tooLarge = await LogAsync(sales01, customerId, "too large", voice: ("voice.wav", "audio/wav", Wav(70)));
        Assert.Contains("larger than 1024 KB", await tooLarge.Content.ReadAsStringAsync());
        var badPosition = await LogAsync(sales01, customerId, "bad position", position: ("95", "121", "10"));
        Assert.Contains("The position is not a valid location.", await badPosition.Content.ReadAsStringAsync());
        Assert.Equal(before, await factory.QueryAsync(db => db.FollowUps.CountAsync()));
    }

    [Theory]
    [InlineData("zh-CN", "待确认拜访", "风险卡", "当日偏差 TOP 3", "语音备注")]
    [InlineData("en", "Visits to confirm", "Risk cards", "Deviation TOP 3 of the day", "Voice note")]
    public async Task Given_a_manager_When_opening_the_visit_pages_Then_they_render_in_the_language_with_csv_exports(
        string culture, string visits, string risks, string top, string voice)
    {
        var mgr = await factory.SignInAsync("mgr.east", culture);

        Assert.Contains(visits, await mgr.GetStringAsync("/Leads/Visits"));
        Assert.Contains(risks, await mgr.GetStringAsync("/Leads/Visits/Risks"));
        Assert.Contains(top, await mgr.GetStringAsync("/Leads/Assignment"));
        Assert.Contains(voice, await mgr.GetStringAsync("/Leads/FollowUps/New"));
        string[] exports = ["/Leads/Visits?handler=Csv", "/Leads/Visits/Risks?handler=Csv", "/Leads/Assignment?handler=TopCsv&day=2026-11-23"];
        foreach (var url in exports)
        {
            var csv = await mgr.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
            Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        }
        Assert.Contains("deviation-top3-2026-11-23.csv",
            (await mgr.GetAsync("/Leads/Assignment?handler=TopCsv&day=2026-11-23")).Content.Headers.ContentDisposition?.ToString());
        var sales01 = await factory.SignInAsync("sales01", culture);
        Denied(await sales01.GetAsync("/Leads/Visits"));
    }
}
