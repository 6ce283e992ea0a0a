using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using SalesSuite.Stores.Application.Master;
using SalesSuite.Testing;

namespace SalesSuite.Stores.Tests.Integration.Master;

/// <summary>Store CSV import: UTF-8 or GBK, a preview that saves nothing, then all lines or none, never a stale preview.</summary>
public sealed class StoreImportTests(StoresAppFactory app) : IClassFixture<StoresAppFactory>
{
    private const string Url = "/Stores/List/Import";
    private const string Header = "门店编码,门店名称,地址,区域,纬度,经度,围栏半径,最短在店,区域督导,店长\r\n";

    private static Encoding Gbk()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    }

    private static async Task<HttpResponseMessage> PreviewAsync(HttpClient client, byte[] file)
    {
        var token = SignedInClient.AntiforgeryToken(await client.GetStringAsync(Url));
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(file), "file", "门店.csv" },
        };
        return await client.PostAsync(Url + "?handler=Preview", content);
    }

    private static async Task<HttpResponseMessage> ConfirmAsync(HttpClient client, string previewHtml, string? csv = null, string? hash = null)
    {
        string Hidden(string name) => WebUtility.HtmlDecode(Regex.Match(previewHtml, $"name=\"{name}\" value=\"([^\"]*)\"").Groups[1].Value);
        using var content = new MultipartFormDataContent
        {
            { new StringContent(SignedInClient.AntiforgeryToken(previewHtml)), "__RequestVerificationToken" },
            // A browser posts a form's text back with CRLF line ends.
            { new StringContent((csv ?? Hidden("csv")).ReplaceLineEndings("\r\n")), "csv" },
            { new StringContent(hash ?? Hidden("hash")), "hash" },
        };
        return await client.PostAsync(Url + "?handler=Import", content);
    }

    [Fact]
    public async Task Given_a_GBK_file_with_a_new_and_an_existing_code_When_previewed_and_imported_Then_one_is_created_one_updated_both_logged()
    {
        var (created, updated) = (StoreKit.Code(), StoreKit.Code());
        var existing = await StoreKit.AddAsync(app, updated);
        var csv = Header
            + $"{created},徐家汇店,上海市徐汇区,华东,31.1955,121.4365,,,mgr.east,store01\r\n"
            + $"{updated},静安寺店（新址）,上海市静安区,华东,31.2235,121.4453,300,10,MGR.EAST,\r\n";
        using var marketing = await app.SignInAsync("marketing");

        var preview = await PreviewAsync(marketing, Gbk().GetBytes(csv));

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var html = await StoreKit.HtmlAsync(preview);
        Assert.Equal(2, Regex.Count(html, "data-testid=\"store-import-row\"[^>]*data-valid=\"true\""));
        Assert.Contains("徐家汇店", html);
        Assert.Null(await StoreKit.FindAsync(app, created));

        var confirmed = await ConfirmAsync(marketing, await preview.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        var first = await StoreKit.FindAsync(app, created);
        Assert.Equal(("徐家汇店", 500, 8, await app.UserIdAsync("mgr.east")),
            (first!.Name, first.RadiusMeters, first.MinDwellMinutes, first.SupervisorUserId));
        Assert.Equal([await app.UserIdAsync("store01")], first.Managers.Select(m => m.UserId));
        var second = await StoreKit.FindAsync(app, updated);
        Assert.Equal(("静安寺店（新址）", 300, 10, 1), (second!.Name, second.RadiusMeters, second.MinDwellMinutes, second.Version));
        var page = await marketing.GetStringAsync($"/Stores/List/Detail?id={existing.Id}");
        Assert.Contains("data-operation=\"Store.Import\"", page);
    }

    [Fact]
    public async Task Given_a_UTF8_file_with_bad_lines_When_previewed_Then_each_problem_is_named_by_line_and_forcing_the_import_saves_nothing()
    {
        var (good, dup) = (StoreKit.Code(), StoreKit.Code());
        var csv = "code,name,address,region,lat,lng,radius,dwell,supervisor,managers\n"
            + $"{good},Good store,,East,31.2,121.4,,,mgr.east,store01\n"
            + $"{dup},No coordinates,,East,north,121.4,,,,\n"
            + $"{dup},Twice,,East,31.2,121.4,,,nobody,store01、ghost\n"
            + ",,,,31.2,121.4,,,,\n";
        using var admin = await app.SignInAsync("admin", "en");

        var preview = await PreviewAsync(admin, Encoding.UTF8.GetBytes(csv));

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var html = await StoreKit.HtmlAsync(preview);
        Assert.Contains("Line 3: latitude \"north\" is not a number between -90 and 90", html);
        Assert.Contains($"Line 4: the code \"{dup}\" is already on line 3 of the file", html);
        Assert.Contains("Line 4: no active regional manager has the user name \"nobody\"", html);
        Assert.Contains("Line 4: no active store manager has the user name \"ghost\"", html);
        Assert.Contains("Line 5: Enter the store code.", html);
        Assert.Contains("Line 5: Enter the store name.", html);
        Assert.Contains("data-testid=\"store-import-blocked\"", html);
        Assert.DoesNotContain("data-testid=\"store-confirm\"", html);

        var forced = await ConfirmAsync(admin, html, csv, StoreImportPreview.HashOf(csv));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, forced.StatusCode);
        Assert.Contains("Some lines have problems, so nothing is imported.", await StoreKit.HtmlAsync(forced));
        Assert.Null(await StoreKit.FindAsync(app, good));
    }

    [Fact]
    public async Task Given_a_previewed_file_When_the_text_is_changed_before_importing_Then_it_is_refused_and_nothing_is_saved()
    {
        var code = StoreKit.Code();
        var csv = Header + $"{code},南京西路店,,华东,31.2290,121.4590,,,,\r\n";
        using var director = await app.SignInAsync("director", "en");
        var preview = await StoreKit.HtmlAsync(await PreviewAsync(director, Encoding.UTF8.GetBytes(csv)));

        var changed = await ConfirmAsync(director, preview, csv.Replace("南京西路店", "改过的店", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, changed.StatusCode);
        Assert.Contains("The file is not the one previewed.", await StoreKit.HtmlAsync(changed));
        Assert.Null(await StoreKit.FindAsync(app, code));
    }

    [Fact]
    public async Task Given_config_and_other_roles_When_asking_for_the_template_Then_config_gets_the_header_and_a_supervisor_is_denied()
    {
        using var marketing = await app.SignInAsync("marketing");
        using var supervisor = await app.SignInAsync("mgr.east");

        var template = Encoding.UTF8.GetString(await marketing.GetByteArrayAsync(Url + "?handler=Template"));
        var denied = await supervisor.GetAsync(Url + "?handler=Template");

        Assert.StartsWith("\uFEFF门店编码,门店名称,地址,区域,纬度,经度", template);
        Assert.Contains("mgr.east,store01", template);
        Assert.NotEqual(HttpStatusCode.OK, denied.StatusCode);
    }
}
