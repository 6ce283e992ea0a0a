using System.Net;
using System.Text;
using SalesSuite.Testing;

namespace SalesSuite.Leads.Tests.Integration;

/// <summary>Uploads a lead CSV as the browser does: preview (multipart file), then confirm (the previewed text).</summary>
internal static class CsvUpload
{
    public const string Header = "contact,company,phone,source,industry,budget,need,notes\r\n";

    public static Encoding Gbk()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(54936);
    }

    public static async Task<string> PreviewAsync(HttpClient client, byte[] file)
    {
        var token = SignedInClient.AntiforgeryToken(await client.GetStringAsync("/Leads/Import"));
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(file), "file", "leads.csv" },
        };
        var response = await client.PostAsync("/Leads/Import?handler=Preview", content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Posts back what the preview put in its hidden field (as the confirm button does).</summary>
    public static async Task<HttpResponseMessage> ConfirmAsync(HttpClient client, string previewHtml)
    {
        var csv = WebUtility.HtmlDecode(Between(previewHtml, "name=\"csv\" value=\"", "\""));
        using var content = new MultipartFormDataContent
        {
            { new StringContent(SignedInClient.AntiforgeryToken(previewHtml)), "__RequestVerificationToken" },
            { new StringContent(csv), "csv" },
        };
        return await client.PostAsync("/Leads/Import?handler=Import", content);
    }

    private static string Between(string html, string start, string end)
    {
        var from = html.IndexOf(start, StringComparison.Ordinal);
        Assert.True(from >= 0, "the preview offers no confirm form");
        from += start.Length;
        return html[from..html.IndexOf(end, from, StringComparison.Ordinal)];
    }
}
