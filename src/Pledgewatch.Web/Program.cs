using Pledgewatch.Web.Hosting;

// `dotnet run` on this project and `pledgewatch serve` compose the same app: services, then the request pipeline.
var builder = WebApplication.CreateBuilder(args);
builder.AddPledgewatchWeb();
var app = builder.Build();
app.UsePledgewatchWeb();
app.Run();

/// <summary>The entry point, public for the ASP.NET test host (WebApplicationFactory).</summary>
public partial class Program;
