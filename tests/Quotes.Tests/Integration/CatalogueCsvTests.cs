using System.Text;
using SalesSuite.Testing;

namespace SalesSuite.Quotes.Tests.Integration;

public sealed class CatalogueCsvTests(QuotesAppFactory factory) : IClassFixture<QuotesAppFactory>
{
    private async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] file)
    {
        var token = SignedInClient.AntiforgeryToken(await client.GetStringAsync("/Quotes/Catalogue"));
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(file), "file", "catalogue.csv" },
        };
        return await client.PostAsync("/Quotes/Catalogue?handler=Import", content);
    }

    [Fact]
    public async Task Given_a_gbk_file_with_a_quoted_name_holding_a_comma_When_importing_Then_the_chinese_name_is_stored_whole()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var finance = await factory.SignInAsync("finance");
        var file = Encoding.GetEncoding(54936).GetBytes("code,name,list,cost\r\nGBK-1,\"变频器,22kW\",8800,6100\r\n");

        await UploadAsync(finance, file);

        var page = await finance.GetStringAsync("/Quotes/Catalogue");
        Assert.Contains(">GBK-1</td>", page);
        Assert.Contains(">变频器,22kW</td>", page);
    }

    [Fact]
    public async Task Given_a_file_with_invalid_bytes_When_importing_Then_nothing_is_stored()
    {
        var finance = await factory.SignInAsync("finance");
        byte[] file = [.. Encoding.UTF8.GetBytes("BAD-1,伺服电机"), 0xFF, .. Encoding.UTF8.GetBytes(",100,60\r\n")];

        await UploadAsync(finance, file);

        Assert.DoesNotContain("BAD-1", await finance.GetStringAsync("/Quotes/Catalogue"));
    }
}
