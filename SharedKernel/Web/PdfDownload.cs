using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SalesSuite.SharedKernel.Localization;
using SalesSuite.SharedKernel.Pdf;
using SalesSuite.SharedKernel.Time;

namespace SalesSuite.SharedKernel.Web;

/// <summary>
/// A <see cref="PdfReport"/> as a download named <c>&lt;name&gt;-&lt;yyyy-MM-dd&gt;.pdf</c> after the business date.
/// Fills every page's footer in the reader's language with the generation time (business clock) and "page n of m",
/// and installs the CJK font (<c>Pdf:FontPath</c>, else the first font found of <see cref="PdfFonts.Candidates"/>).
/// </summary>
public static class PdfDownload
{
    public const string ContentType = "application/pdf";

    public static FileContentResult Pdf(this PageModel page, string name, PdfReport report)
    {
        var services = page.HttpContext.RequestServices;
        var configuration = services.GetRequiredService<IConfiguration>();
        PdfFonts.Install(configuration["Pdf:FontPath"], configuration.GetValue("Pdf:FontIndex", 0));
        var clock = services.GetRequiredService<BusinessClock>();
        var texts = services.GetRequiredService<JsonStringLocalizerFactory>().For(typeof(PdfDownload).Assembly);
        report.Footer = texts["Print_PdfGenerated", clock.Format(clock.Now)];
        report.PageLabel = texts["Print_PdfPage"];
        report.Created = clock.Now;
        return page.File(report.ToBytes(), ContentType, FileName(name, clock.Today));
    }

    /// <summary>The download's file name: <c>&lt;name&gt;-&lt;yyyy-MM-dd&gt;.pdf</c>, the date in invariant culture.</summary>
    public static string FileName(string name, LocalDate today) =>
        $"{name}-{today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.pdf";
}
