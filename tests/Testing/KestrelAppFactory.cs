namespace SalesSuite.Testing;

/// <summary>The app on a real loopback port (OS-assigned) for the browser, with the background dispatcher on.</summary>
public class KestrelAppFactory : AppFactory
{
    public KestrelAppFactory() => UseKestrel(0);

    protected override bool BackgroundDispatcher => true;

    public string BaseUrl
    {
        get
        {
            StartServer();
            return ClientOptions.BaseAddress.ToString().TrimEnd('/');
        }
    }
}
