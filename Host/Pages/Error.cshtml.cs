using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SalesSuite.Host.Pages;

/// <summary>Shows the correlation id that the logs carry for this request, so support can find the failure.</summary>
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel(ILogger<ErrorModel> logger) : PageModel
{
    public string CorrelationId { get; private set; } = string.Empty;

    public void OnGet() => Describe();

    public void OnPost() => Describe();

    private void Describe()
    {
        CorrelationId = HttpContext.TraceIdentifier;
        var error = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
        if (error is not null)
        {
            logger.LogError(error.Error, "Unhandled error on {Path}; correlation id {CorrelationId}", error.Path, CorrelationId);
        }
        Response.StatusCode = StatusCodes.Status500InternalServerError;
    }
}
