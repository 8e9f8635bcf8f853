package org.peerscope.test;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.listener.DataSourceQueryCountListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

@TestConfiguration(proxyBeanMethods = false)
public class TestSupportConfig {

	/** Counts the SQL statements each thread runs, for the query-count tests. */
	@Bean
	static BeanPostProcessor queryCountingDataSource() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof DataSource dataSource
						&& !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
					return ProxyDataSourceBuilder.create(dataSource)
						.name("counted")
						.listener(new DataSourceQueryCountListener())
						.build();
				}
				return bean;
			}
		};
	}

	@Bean
	TestCatalog testCatalog(JdbcClient jdbc) {
		return new TestCatalog(jdbc);
	}

	/** Every mail the application sends in tests goes to this in-process SMTP server. */
	@Bean(destroyMethod = "stop")
	TestMail testMail() {
		return new TestMail();
	}

	@Bean
	JavaMailSender testMailSender(TestMail mail) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(mail.port());
		return sender;
	}

	@Bean
	TestAccounts testAccounts(JdbcClient jdbc, PasswordEncoder passwordEncoder, UserDetailsService users) {
		return new TestAccounts(jdbc, passwordEncoder, users);
	}

}
